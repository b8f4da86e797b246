import { createApp } from 'vue';
import 'release-countdown';
import App from './App.vue';

createApp(App).mount('#app');
