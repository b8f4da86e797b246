// Type-checked by npm run test:package (react/tsconfig.json), never built: the JSX type of
// <release-countdown> from 'release-countdown/react' accepts what the element accepts, and only that.
import 'release-countdown/react';

export const accepted = (
  <release-countdown
    date="2030-01-01T00:00:10Z"
    time-zone="Asia/Tokyo"
    timeZone="Asia/Tokyo"
    units="days hours"
    format="compact"
    calendar
    title="Launch"
    lang="de"
    className="badge"
    onreleased={(event) => event.detail.next?.toISOString()}
    ref={(element) => {
      if (element?.released) element.remove();
    }}
  />
);

// @ts-expect-error: a date is text or a Date
export const numberDate = <release-countdown date={1893456010000} />;
// @ts-expect-error: calendar is a boolean
export const textCalendar = <release-countdown calendar="yes" />;
// @ts-expect-error: the listener gets the released event, whose detail has no `when`
export const wrongDetail = <release-countdown onreleased={(event) => event.detail.when} />;
