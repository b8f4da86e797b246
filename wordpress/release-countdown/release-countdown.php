<?php
/**
 * Plugin Name:       Release Countdown
 * Description:       A live countdown to a release date that every author can use: a block, a shortcode, and the <release-countdown> element kept in posts by authors who may not post unfiltered HTML.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * Author:            The release-countdown contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       release-countdown
 *
 * @package ReleaseCountdown
 */

defined( 'ABSPATH' ) || exit;

const RELEASE_COUNTDOWN_VERSION = '0.1.0';

/**
 * The element's documented attributes (its README's attribute table), and the global ones it
 * reads. Nothing else is allowed on it: not `style`, not an event handler, not `data-*`.
 *
 * @return string[]
 */
function release_countdown_attributes() {
	return array(
		'date',
		'time-zone',
		'title',
		'released-text',
		'units',
		'format',
		'unit-display',
		'lang',
		'repeat',
		'until',
		'released-for',
		'time-source',
		'after',
		'calendar',
		'class',
		'id',
	);
}

/**
 * The five themes of demo/themes/, by class name. The block offers them as block styles; a
 * theme's stylesheet is loaded only on a page whose countdown carries its class.
 *
 * @return array<string, string> Class name => label.
 */
function release_countdown_themes() {
	return array(
		'classic' => __( 'Classic box', 'release-countdown' ),
		'flip'    => __( 'Flip clock', 'release-countdown' ),
		'inline'  => __( 'Inline', 'release-countdown' ),
		'hero'    => __( 'Hero banner', 'release-countdown' ),
		'badge'   => __( 'Badge', 'release-countdown' ),
	);
}

/**
 * Lets every role that may write posts keep `<release-countdown>` with its documented
 * attributes, and the `slot` attribute that places rich content in its `released` and
 * `calendar` slots on the tags kses already allows. Granting `unfiltered_html` instead would
 * let those roles post scripts.
 *
 * @param array  $tags    Allowed tags and their allowed attributes.
 * @param string $context The kses context.
 * @return array
 */
function release_countdown_allow_element( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( $tags as $tag => $attributes ) {
		if ( is_array( $attributes ) ) {
			$tags[ $tag ]['slot'] = true;
		}
	}
	$tags['release-countdown'] = array_fill_keys( release_countdown_attributes(), true );
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'release_countdown_allow_element', 10, 2 );

/**
 * `time-source` is a URL the visitor's browser fetches: kses checks its protocol as it does
 * for `href`, so a `javascript:` value is removed.
 *
 * @param string[] $attributes Attributes whose values are URLs.
 * @return string[]
 */
function release_countdown_uri_attributes( $attributes ) {
	$attributes[] = 'time-source';
	return $attributes;
}
add_filter( 'wp_kses_uri_attributes', 'release_countdown_uri_attributes' );

/**
 * Registers the element's module, the themes' stylesheets, the editor script and the block.
 */
function release_countdown_register() {
	$build = plugin_dir_url( __FILE__ ) . 'build/';
	wp_register_script_module( 'release-countdown', $build . 'release-countdown.js', array(), RELEASE_COUNTDOWN_VERSION );
	foreach ( array_keys( release_countdown_themes() ) as $theme ) {
		wp_register_style( "release-countdown-$theme", $build . "themes/$theme.css", array(), RELEASE_COUNTDOWN_VERSION );
	}
	wp_register_script(
		'release-countdown-editor',
		plugin_dir_url( __FILE__ ) . 'block/editor.js',
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
		RELEASE_COUNTDOWN_VERSION,
		true
	);
	wp_add_inline_script(
		'release-countdown-editor',
		'var releaseCountdownEditor = ' . wp_json_encode(
			array(
				'locale'   => str_replace( '_', '-', get_locale() ),
				'timeZone' => wp_timezone_string(),
			)
		) . ';',
		'before'
	);
	// The same file again, as a classic script handle, for the editor's live preview: script
	// modules are not printed in the editor before WordPress 6.7, while scripts enqueued on
	// enqueue_block_assets also load inside the editor's iframe.
	wp_register_script( 'release-countdown-element', $build . 'release-countdown.js', array(), RELEASE_COUNTDOWN_VERSION, false );
	wp_set_script_translations( 'release-countdown-editor', 'release-countdown' );
	register_block_type( __DIR__ . '/block' );
	add_shortcode( 'release_countdown', 'release_countdown_shortcode' );
}
add_action( 'init', 'release_countdown_register' );

/**
 * Defines the element in the block editor (its page and its iframe), for the live preview.
 * enqueue_block_assets also runs on the front end, where the module is loaded instead.
 */
function release_countdown_enqueue_in_editor() {
	if ( is_admin() ) {
		wp_enqueue_script( 'release-countdown-element' );
	}
}
add_action( 'enqueue_block_assets', 'release_countdown_enqueue_in_editor' );

/**
 * The embed file is an ES module.
 *
 * @param array $attributes The script tag's attributes.
 * @return array
 */
function release_countdown_module_type( $attributes ) {
	if ( isset( $attributes['id'] ) && 'release-countdown-element-js' === $attributes['id'] ) {
		$attributes['type'] = 'module';
	}
	return $attributes;
}
add_filter( 'wp_script_attributes', 'release_countdown_module_type' );

/**
 * Loads the module, and the stylesheets of the themes in use, when `$html` holds a countdown.
 * Called on every rendered block (the countdown block, a Custom HTML block, a template part),
 * on post content (a classic post, a shortcode) and on text widgets; WordPress prints each
 * module and stylesheet once however often it is enqueued.
 *
 * @param string $html Rendered markup.
 * @return string The same markup.
 */
function release_countdown_enqueue_for( $html ) {
	if ( ! is_string( $html ) || false === stripos( $html, '<release-countdown' ) ) {
		return $html;
	}
	wp_enqueue_script_module( 'release-countdown' );
	if ( preg_match_all( '/<release-countdown\b[^>]*?\sclass\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s>]+))/i', $html, $matches, PREG_SET_ORDER ) ) {
		foreach ( $matches as $match ) {
			$classes = preg_split( '/\s+/', trim( implode( ' ', array_slice( $match, 1 ) ) ) );
			foreach ( array_intersect( array_keys( release_countdown_themes() ), $classes ) as $theme ) {
				wp_enqueue_style( "release-countdown-$theme" );
			}
		}
	}
	return $html;
}
add_filter( 'render_block', 'release_countdown_enqueue_for' );
add_filter( 'the_content', 'release_countdown_enqueue_for', 20 );
add_filter( 'widget_text_content', 'release_countdown_enqueue_for', 20 );

/**
 * `[release_countdown date="2030-03-12T09:00" time-zone="Asia/Tokyo" title="…"]`: the same
 * element the block saves, for sites that write posts in the classic editor. Its attributes are
 * the element's; `calendar` is a bare word. Attributes the element does not have are ignored, as
 * WordPress ignores them in every shortcode; a wrong value is explained by the element itself,
 * which names the attribute. Enclosed content (for example `<a slot="released" href="…">`) goes
 * inside the element.
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content Enclosed content.
 * @return string
 */
function release_countdown_shortcode( $atts, $content = null ) {
	$atts       = is_array( $atts ) ? $atts : array();
	$bare_words = array_filter( $atts, 'is_int', ARRAY_FILTER_USE_KEY );
	$attributes = '';
	foreach ( release_countdown_attributes() as $name ) {
		if ( 'calendar' === $name ) {
			if ( in_array( 'calendar', $bare_words, true ) || ( isset( $atts['calendar'] ) && ! in_array( strtolower( $atts['calendar'] ), array( 'false', '0', 'no', 'off' ), true ) ) ) {
				$attributes .= ' calendar';
			}
		} elseif ( isset( $atts[ $name ] ) && '' !== $atts[ $name ] ) {
			$attributes .= sprintf( ' %s="%s"', $name, esc_attr( $atts[ $name ] ) );
		}
	}
	$fallback = release_countdown_fallback_text( $atts['date'] ?? '', $atts['time-zone'] ?? '' );
	return release_countdown_enqueue_for(
		"<release-countdown$attributes>" . esc_html( $fallback ) . ( $content ?? '' ) . '</release-countdown>'
	);
}

/**
 * What a visitor sees before the module loads, or without JavaScript: the date in the site's
 * date and time formats, with its zone, e.g. "March 12, 2030 9:00 am (Asia/Tokyo)". A date or
 * zone that PHP cannot read is shown as written.
 *
 * @param string $date      The `date` attribute.
 * @param string $time_zone The `time-zone` attribute.
 * @return string
 */
function release_countdown_fallback_text( $date, $time_zone ) {
	try {
		$zone = '' === $time_zone ? null : new DateTimeZone( $time_zone );
	} catch ( Exception $e ) {
		return trim( "$date ($time_zone)" );
	}
	try {
		$moment = new DateTimeImmutable( $date, $zone ?? new DateTimeZone( 'UTC' ) );
	} catch ( Exception $e ) {
		return trim( $time_zone ? "$date ($time_zone)" : $date );
	}
	$format = get_option( 'date_format' ) . ' ' . get_option( 'time_format' );
	if ( $zone ) {
		return sprintf( '%s (%s)', wp_date( $format, $moment->getTimestamp(), $zone ), str_replace( '_', ' ', $time_zone ) );
	}
	// Without a zone, a date with an offset is one moment, shown in UTC; one without is each
	// visitor's own wall-clock time, shown as written.
	if ( preg_match( '/(Z|[+-]\d\d:?\d\d|GMT|UTC)\s*$/i', trim( $date ) ) ) {
		return wp_date( $format, $moment->getTimestamp(), new DateTimeZone( 'UTC' ) ) . ' (UTC)';
	}
	return wp_date( $format, $moment->getTimestamp(), $moment->getTimezone() );
}
