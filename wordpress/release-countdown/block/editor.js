// The "Release countdown" block, written against WordPress's script globals so that the plugin
// needs no build step. It saves the <release-countdown> element itself, with only the attributes
// that were set and the date line inside it: a post stays readable, and keeps counting, without
// the plugin. The editor shows the element itself, live (the plugin loads its script there).
(function (blocks, blockEditor, components, element, i18n, settings) {
  const { __ } = i18n;
  const el = element.createElement;
  const { useBlockProps, InspectorControls } = blockEditor;
  const { PanelBody, TextControl, ComboboxControl, CheckboxControl, SelectControl, ToggleControl, Placeholder } =
    components;

  const THEMES = ['classic', 'flip', 'inline', 'hero', 'badge'];
  const UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];
  const DEFAULT_UNITS = 'days hours minutes seconds';
  const ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone')];
  const UNIT_LABELS = {
    years: __('Years', 'release-countdown'),
    months: __('Months', 'release-countdown'),
    weeks: __('Weeks', 'release-countdown'),
    days: __('Days', 'release-countdown'),
    hours: __('Hours', 'release-countdown'),
    minutes: __('Minutes', 'release-countdown'),
    seconds: __('Seconds', 'release-countdown'),
  };

  /** The theme class a block style stands for: the themes' CSS selects `release-countdown.classic`. */
  function themeOf(className) {
    const match = /(?:^|\s)is-style-([a-z]+)(?:\s|$)/.exec(className || '');
    return match && THEMES.includes(match[1]) ? match[1] : undefined;
  }

  /** The element's attributes, leaving out every one that is not set. */
  function elementAttributes(attributes) {
    return {
      date: attributes.date || undefined,
      'time-zone': attributes.timeZone || undefined,
      title: attributes.title || undefined,
      'released-text': attributes.releasedText || undefined,
      units: attributes.units || undefined,
      format: attributes.format || undefined,
      'unit-display': attributes.unitDisplay || undefined,
      after: attributes.after || undefined,
      calendar: attributes.calendar ? '' : undefined,
    };
  }

  /**
   * The date line shown before the element upgrades, or without JavaScript, in the site's
   * language: "March 12, 2027 at 9:00 AM (Europe/Berlin)". It is worked out when the date or the
   * zone is edited and saved as it is, so that loading the post never re-words it.
   */
  function fallbackText(date, timeZone) {
    const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(date || '');
    const zone = (timeZone || '').replace(/_/g, ' ');
    if (!match) return `${date || ''} ${zone ? `(${zone})` : ''}`.trim();
    const [year, month, day, hour, minute] = match.slice(1).map(Number);
    // Printed in UTC because the numbers already are the wall clock: no zone arithmetic.
    const text = new Intl.DateTimeFormat(settings.locale || 'en', {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(Date.UTC(year, month - 1, day, hour, minute));
    return zone ? `${text} (${zone})` : text;
  }

  /** The site's zone if it is a named one, otherwise the author's own. */
  function defaultZone() {
    return ZONES.includes(settings.timeZone) ? settings.timeZone : Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  function Edit({ attributes, setAttributes }) {
    const blockProps = useBlockProps();
    const timeZone = attributes.timeZone || '';
    const units = (attributes.units || DEFAULT_UNITS).split(/[\s,]+/);

    const setDate = (date) =>
      setAttributes({
        date,
        timeZone: timeZone || defaultZone(),
        fallback: fallbackText(date, timeZone || defaultZone()),
      });
    const dateControl = el(TextControl, {
      label: __('Date and time', 'release-countdown'),
      type: 'datetime-local',
      value: attributes.date || '',
      onChange: setDate,
      help: __('The wall-clock time in the time zone below.', 'release-countdown'),
    });
    const toggleUnit = (unit, on) => {
      const chosen = UNITS.filter((name) => (name === unit ? on : units.includes(name))).join(' ');
      setAttributes({ units: chosen && chosen !== DEFAULT_UNITS ? chosen : undefined });
    };

    const controls = el(
      InspectorControls,
      null,
      el(
        PanelBody,
        { title: __('Countdown', 'release-countdown') },
        dateControl,
        el(ComboboxControl, {
          label: __('Time zone', 'release-countdown'),
          value: timeZone,
          options: ZONES.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })),
          onChange: (zone) =>
            setAttributes({ timeZone: zone || undefined, fallback: fallbackText(attributes.date, zone || '') }),
          help: __('Everyone counts down to the same moment, wherever they are.', 'release-countdown'),
        }),
        el(TextControl, {
          label: __('Title', 'release-countdown'),
          value: attributes.title || '',
          onChange: (title) => setAttributes({ title: title || undefined }),
        }),
        el(TextControl, {
          label: __('Released text', 'release-countdown'),
          value: attributes.releasedText || '',
          placeholder: attributes.title ? `${attributes.title} has been released!` : 'Released!',
          onChange: (releasedText) => setAttributes({ releasedText: releasedText || undefined }),
        }),
      ),
      el(
        PanelBody,
        { title: __('Display', 'release-countdown') },
        el(
          'fieldset',
          null,
          el('legend', null, __('Units', 'release-countdown')),
          UNITS.map((unit) =>
            el(CheckboxControl, {
              key: unit,
              label: UNIT_LABELS[unit],
              checked: units.includes(unit),
              onChange: (on) => toggleUnit(unit, on),
            }),
          ),
        ),
        el(SelectControl, {
          label: __('Format', 'release-countdown'),
          value: attributes.format || 'blocks',
          options: [
            { value: 'blocks', label: __('Blocks: one box per unit', 'release-countdown') },
            { value: 'text', label: __('Text: a sentence', 'release-countdown') },
            { value: 'compact', label: __('Compact: 3d 04:05:06', 'release-countdown') },
          ],
          onChange: (format) => setAttributes({ format: format === 'blocks' ? undefined : format }),
        }),
        el(SelectControl, {
          label: __('Label length', 'release-countdown'),
          value: attributes.unitDisplay || 'long',
          options: [
            { value: 'long', label: __('Long: days', 'release-countdown') },
            { value: 'short', label: __('Short: hr', 'release-countdown') },
            { value: 'narrow', label: __('Narrow: h', 'release-countdown') },
          ],
          onChange: (unitDisplay) => setAttributes({ unitDisplay: unitDisplay === 'long' ? undefined : unitDisplay }),
        }),
        el(ToggleControl, {
          label: __('“Add to calendar” link', 'release-countdown'),
          checked: Boolean(attributes.calendar),
          onChange: (calendar) => setAttributes({ calendar }),
        }),
        el(ToggleControl, {
          label: __('Count up after release', 'release-countdown'),
          checked: attributes.after === 'count-up',
          onChange: (countUp) => setAttributes({ after: countUp ? 'count-up' : undefined }),
        }),
      ),
    );

    const preview = attributes.date
      ? el(
          'release-countdown',
          // React 18 writes a custom element's props as attributes by their own names: `class`, not `className`.
          { class: themeOf(attributes.className), ...elementAttributes(attributes) },
          attributes.fallback,
        )
      : el(
          Placeholder,
          {
            icon: 'clock',
            label: __('Release countdown', 'release-countdown'),
            instructions: __('Pick the date and time of the release.', 'release-countdown'),
          },
          dateControl,
        );
    return el(element.Fragment, null, controls, el('div', blockProps, preview));
  }

  function save({ attributes }) {
    return el(
      'release-countdown',
      { ...useBlockProps.save({ className: themeOf(attributes.className) }), ...elementAttributes(attributes) },
      attributes.fallback,
    );
  }

  blocks.registerBlockType('release-countdown/countdown', { edit: Edit, save });
})(wp.blocks, wp.blockEditor, wp.components, wp.element, wp.i18n, window.releaseCountdownEditor);
