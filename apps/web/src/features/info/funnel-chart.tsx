import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { STAGES, type FunnelRow, type Stage } from './funnel';

/** One distinct colour per step (the legend names them; the table carries the same numbers as text). */
const COLORS = ['#0b3d91', '#1f5fbf', '#3b7dd8', '#2a8a6e', '#b36b00', '#7a2e8e'];

/**
 * The funnel per group as horizontal bars (groups stay readable on a phone). A picture of the table below,
 * so screen readers get a short text alternative and the table instead of the SVG's parts.
 */
export function FunnelChart({ rows, label }: { rows: FunnelRow[]; label: (group: string) => string }) {
  const { t, i18n } = useTranslation('info');
  const data = rows.map((r) => ({ ...r, name: label(r.group) }));
  const height = 80 + rows.length * 90;
  return (
    <figure className="funnel-figure">
      <div role="img" aria-label={t('funnel.chartAlt', { count: rows.length })} className="funnel-chart">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" allowDecimals={false} tickFormatter={(n: number) => n.toLocaleString(i18n.language)} />
            <YAxis type="category" dataKey="name" width={150} interval={0} />
            <Tooltip />
            {/* In funnel order, not alphabetical. */}
            <Legend verticalAlign="top" itemSorter={(item) => STAGES.indexOf(item.dataKey as Stage)} />
            {STAGES.map((s, i) => (
              <Bar key={s} dataKey={s} name={t(`funnel.stages.${s}`)} fill={COLORS[i]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{t('funnel.chartCaption', { count: rows.length })}</figcaption>
    </figure>
  );
}
