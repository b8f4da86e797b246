import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // Vue would otherwise try to resolve <release-countdown> as a Vue component.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'release-countdown' } } }),
  ],
});
