import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from '../components/AppShell';
import { AppHeader } from '../components/AppHeader';
import { PageErrorBoundary } from '../components/PageErrorBoundary';
import { createQueryClient } from '../data/queryClient';
import { I18nProvider } from '../i18n/I18nContext';

/**
 * A browser test's page (tests/e2e/pageBoundary.e2e.test.ts): one page under the app's error
 * boundary whose first answer cannot be shown. Its render throws on that answer, as a page does
 * on data it did not expect; the second answer renders. "Opnieuw proberen" must therefore read
 * again, not show the cached first answer (which would throw again).
 */
let answers = 0;

function FlakyPage() {
  const { data } = useQuery({ queryKey: ['harness'], queryFn: () => Promise.resolve({ answer: (answers += 1) }) });
  if (data === undefined) return null;
  if (data.answer === 1) throw new Error('the first answer cannot be shown');
  return (
    <Text as="p" data-testid="page-shown" data-answer={data.answer}>
      De pagina staat er weer.
    </Text>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('the harness page has no #root element');
const locale = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en-GB' : 'nl-NL';
createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale}>
        <QueryClientProvider client={createQueryClient()}>
          <AppShell header={<AppHeader userName="Ahmed Yilmaz" />}>
            <PageErrorBoundary title="POP">
              <FlakyPage />
            </PageErrorBoundary>
          </AppShell>
        </QueryClientProvider>
      </I18nProvider>
    </FluentProvider>
  </StrictMode>,
);
