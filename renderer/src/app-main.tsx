import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { firstRenderReady } from './lib/startup';

// Opened on a study page, the first render waits (briefly) for the cards asked for at start, to show the first one at once.
// It renders in this task (flushSync) rather than in one React schedules: on a busy machine every task waits its turn.
void firstRenderReady().then(() => {
  const root = createRoot(document.getElementById('root')!);
  flushSync(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});
