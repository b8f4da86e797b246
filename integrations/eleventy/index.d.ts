/** Options of `eleventyConfig.addPlugin(releaseCountdown, options)`. */
export interface ReleaseCountdownPluginOptions {
  /** The language of the date lines written at build time, for a countdown without a `lang` of its own. Default: `en`. */
  lang?: string;
  /** The folder of the output that release-countdown.js and release-countdown.css are copied to. Default: `release-countdown`. */
  directory?: string;
}

/**
 * Adds the `releaseCountdown` shortcode (Nunjucks, Liquid, Markdown), copies the embed file and
 * the fallback CSS into the output, and links both in the `<head>` of each page holding a countdown.
 */
export default function releaseCountdown(eleventyConfig: unknown, options?: ReleaseCountdownPluginOptions): void;
