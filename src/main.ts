// First: the page's Content-Security-Policy, before any other code runs (see pageCsp.ts).
import './lib/basemap/installPolicy.ts';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing from index.html');
export default mount(App, { target });
