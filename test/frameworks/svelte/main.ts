import { mount } from 'svelte';
import 'release-countdown';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
