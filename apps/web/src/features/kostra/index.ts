// What the app shell needs from the KOSTRA feature.
export { KostraPage } from './components/kostra-page';
export { KOSTRA_ROUTE } from './utils/kostra-paths';
