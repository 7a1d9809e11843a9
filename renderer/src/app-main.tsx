import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { firstRenderReady } from './lib/startup';

// Opened on a study page, the first render waits (briefly) for the cards asked for at start, to show the first one at once.
void firstRenderReady().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
