import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadRoutePage } from './pages/routePages';
import { Root } from './Root';
import { routeFromHash } from './routes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The page the address asks for loads alongside config.json and the sign-in, not after them.
preloadRoutePage(routeFromHash(window.location.hash));

const root = createRoot(container);
// A transition: React builds the first screen in slices of a few milliseconds and gives the main
// thread back in between, instead of one long task while the page is still loading.
startTransition(() => {
  root.render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
});
