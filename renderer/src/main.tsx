// The entry chunk is small: it sends the first screen's request to main (start.ts) and then loads
// React and the app (app-main.tsx, its own chunk, fetched from the page's <link rel="modulepreload">
// while this one runs), so that request is answered while the app chunk is being evaluated.
import './start';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/app.css';
// The study page's styles come with the page's own stylesheet, not after the app chunk is loaded.
import './views/study/study.css';

void import('./app-main');
