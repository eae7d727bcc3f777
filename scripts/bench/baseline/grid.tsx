/**
 * The bench's baseline (scripts/bench/browser.ts, renderRatio): the survey macro's grid in React 18 alone, no
 * Atlaskit, no app, no bridge, no data to fetch: `?criteria=N` cards, each a radio group of the 4 levels and
 * "not applicable" labelled by the criterion's text, and its comment field. What any React page showing the same
 * grid costs at least; the survey macro's first render is measured against it.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const LEVELS = [
  '1 — Very dissatisfied',
  '2 — Dissatisfied',
  '3 — Satisfied',
  '4 — Very satisfied',
  'Not applicable',
];

function Criterion({ index }: { index: number }) {
  const [value, setValue] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const label = `criterion-${index}-label`;
  return (
    <div style={{ border: '1px solid #ccc', borderRadius: 4, padding: 12, marginBottom: 12 }}>
      <p id={label}>Criterion {index + 1}: how well does Procurement meet this expectation?</p>
      <div role="radiogroup" aria-labelledby={label}>
        {LEVELS.map((text, level) => (
          <label key={text} style={{ marginRight: 16 }}>
            <input
              type="radio"
              name={`criterion-${index}`}
              value={String(level + 1)}
              checked={value === String(level + 1)}
              onChange={(e) => setValue(e.currentTarget.value)}
            />
            {text}
          </label>
        ))}
      </div>
      <label htmlFor={`criterion-${index}-comment`}>Comment (facts)</label>
      <textarea
        id={`criterion-${index}-comment`}
        value={comment}
        maxLength={2000}
        onChange={(e) => setComment(e.currentTarget.value)}
      />
    </div>
  );
}

function Grid({ criteria }: { criteria: number }) {
  return (
    <main>
      <h2>Procurement satisfaction survey</h2>
      <form>
        {Array.from({ length: criteria }, (_, index) => (
          <Criterion key={index} index={index} />
        ))}
        <button type="submit">Submit</button>
      </form>
    </main>
  );
}

const criteria = Number(new URLSearchParams(window.location.search).get('criteria') ?? '10');
createRoot(document.getElementById('root')!).render(<Grid criteria={criteria} />);
