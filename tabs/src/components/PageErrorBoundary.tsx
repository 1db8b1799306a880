import { useQueryClient } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { ErrorState } from './ErrorState';
import { PageHeading } from './PageHeading';

interface BoundaryProps {
  children: ReactNode;
  fallback(retry: () => void): ReactNode;
  onRetry: () => void;
}

/** React catches render errors only in a class component's lifecycle. */
class Boundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}

/**
 * One page that fails to render takes only itself down: its heading stays, with a message and
 * "Opnieuw proberen", which forgets what the page had read (its reads were left when it failed)
 * and shows it again from fresh answers. React reports the error itself (console).
 */
export function PageErrorBoundary({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  const client = useQueryClient();
  return (
    <Boundary
      onRetry={() => void client.resetQueries({ type: 'inactive' })}
      fallback={(retry) => (
        <div data-testid="page-failed">
          <PageHeading>{title}</PageHeading>
          <ErrorState message={t('state.pageError')} onRetry={retry} testId="page-error" />
        </div>
      )}
    >
      {children}
    </Boundary>
  );
}
