import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'release-countdown/react';
import scenario from '../scenario.json';

function App() {
  const [date, setDate] = useState(() => new Date(scenario.first));
  const [title, setTitle] = useState(scenario.title);
  const [released, setReleased] = useState<Date[]>([]);
  return (
    <main>
      <release-countdown
        id="countdown"
        date={date}
        title={title}
        units="minutes seconds"
        time-zone="UTC"
        onreleased={(event) => setReleased((list) => [...list, event.detail.date])}
      >
        January 1, 2030
      </release-countdown>
      <button
        id="later"
        type="button"
        onClick={() => {
          setDate(new Date(scenario.later));
          setTitle(scenario.laterTitle);
        }}
      >
        Later
      </button>
      <output id="released">{released.at(-1)?.toISOString()}</output>
      <output id="events">{released.length}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
