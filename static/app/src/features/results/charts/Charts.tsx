/**
 * The report's charts, in their own chunk with the chart library (visx: scales and shapes, SVG only, no eval, no
 * inline script, so it runs under Forge's content security policy). Each chart is a picture of a table printed
 * next to it: the SVG is marked as an image with a one-line summary, and the table is what a screen reader reads.
 * Colours are design tokens, so the charts follow the light and dark themes.
 */
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { Bar, LinePath } from '@visx/shape';
import { token } from '@atlaskit/tokens';
import { LEVEL_COLOURS } from '../colours';

export interface DivergingRow {
  key: string;
  label: string;
  /** n1…n4 */
  counts: readonly [number, number, number, number];
}

const WIDTH = 320;
const HEIGHT = 18;

/**
 * One bar per row, split at zero: levels 1–2 to the left, 3–4 to the right, as shares of the row's answers (a
 * diverging stacked bar, the usual picture of 4-level Likert data).
 */
export function DivergingBar({ counts, summary }: { counts: DivergingRow['counts']; summary: string }) {
  const n = counts[0] + counts[1] + counts[2] + counts[3];
  const x = scaleLinear({ domain: [-1, 1], range: [0, WIDTH] });
  const share = (k: number) => (n === 0 ? 0 : k / n);
  const segments = [
    { level: 1, from: -share(counts[0]) - share(counts[1]), to: -share(counts[1]) },
    { level: 2, from: -share(counts[1]), to: 0 },
    { level: 3, from: 0, to: share(counts[2]) },
    { level: 4, from: share(counts[2]), to: share(counts[2]) + share(counts[3]) },
  ];
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      width="100%"
      height={HEIGHT}
      role="img"
      aria-label={summary}
      style={{ display: 'block', maxWidth: WIDTH, minWidth: 96 }}
    >
      {segments.map((s) => (
        <Bar
          key={s.level}
          x={x(s.from)}
          y={2}
          width={Math.max(0, x(s.to) - x(s.from))}
          height={HEIGHT - 4}
          style={{ fill: LEVEL_COLOURS[s.level - 1] }}
        />
      ))}
      <line
        x1={x(0)}
        x2={x(0)}
        y1={0}
        y2={HEIGHT}
        style={{ stroke: token('color.border.bold'), strokeWidth: 1 }}
      />
    </svg>
  );
}

export interface TrendSeries {
  key: string;
  label: string;
  /** Emphasised: a falling criterion. */
  emphasis: boolean;
  points: { period: string; mean: number | null }[];
}

/** Means (1–4) over the campaigns, one line per criterion with a trend; falling ones in colour, the rest grey. */
export function TrendChart({
  periods,
  series,
  summary,
}: {
  periods: string[];
  series: TrendSeries[];
  summary: string;
}) {
  const width = 560;
  const height = 220;
  const margin = { top: 12, right: 16, bottom: 28, left: 32 };
  const x = scalePoint({ domain: periods, range: [margin.left, width - margin.right], padding: 0.3 });
  const y = scaleLinear({ domain: [1, 4], range: [height - margin.bottom, margin.top] });
  const ordered = [...series].sort((a, b) => Number(a.emphasis) - Number(b.emphasis));
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={summary}
      style={{ display: 'block', maxWidth: width }}
    >
      <Group>
        {[1, 2, 3, 4].map((level) => (
          <g key={level}>
            <line
              x1={margin.left}
              x2={width - margin.right}
              y1={y(level)}
              y2={y(level)}
              style={{ stroke: token('color.border'), strokeWidth: 1 }}
            />
            <text
              x={margin.left - 8}
              y={y(level) + 4}
              textAnchor="end"
              style={{ fill: token('color.text.subtle'), fontSize: 11 }}
            >
              {level}
            </text>
          </g>
        ))}
        {periods.map((period) => (
          <text
            key={period}
            x={x(period) ?? 0}
            y={height - 8}
            textAnchor="middle"
            style={{ fill: token('color.text.subtle'), fontSize: 11 }}
          >
            {period}
          </text>
        ))}
        {ordered.map((s) => {
          const points = s.points.filter((p) => p.mean !== null);
          return (
            <g key={s.key}>
              <LinePath
                data={points}
                x={(p) => x(p.period) ?? 0}
                y={(p) => y(p.mean ?? 1)}
                style={{
                  stroke: s.emphasis ? token('color.chart.danger.bold') : token('color.chart.neutral'),
                  strokeWidth: s.emphasis ? 2.5 : 1,
                  fill: 'none',
                }}
              />
              {points.map((p) => (
                <circle
                  key={p.period}
                  cx={x(p.period) ?? 0}
                  cy={y(p.mean ?? 1)}
                  r={s.emphasis ? 3.5 : 2}
                  style={{
                    fill: s.emphasis ? token('color.chart.danger.bold') : token('color.chart.neutral'),
                  }}
                />
              ))}
            </g>
          );
        })}
      </Group>
    </svg>
  );
}
