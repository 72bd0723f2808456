import { describe, expect, it } from 'vitest';
import { buildChart, currentHead, sinceMonth, type ChartHeadRow } from './chart';

const unit = (id: string, parentId: string | null) => ({ id, parentId, slug: `don-vi-${id}`, name: `Đơn vị ${id}`, nameEn: '' });
const head = (unitId: string, fullName: string, startsOn: string, endsOn: string | null = null): ChartHeadRow => ({
  positionId: `${unitId}-${fullName}`,
  unitId,
  personId: fullName,
  personSlug: fullName,
  fullName,
  title: 'Vụ trưởng',
  titleEn: 'Director',
  startsOn,
  endsOn,
});

describe('organisation chart', () => {
  it('hangs the units under the agency unit and names each current head', () => {
    const units = [unit('a', null), unit('b', 'a'), unit('c', 'b'), unit('x', null)];
    const heads = [head('b', 'Cũ', '2019-01-01', '2023-12-31'), head('b', 'Mới', '2024-01-01'), head('c', 'Sắp tới', '2030-01-01')];
    const chart = buildChart(units, heads, 'a', '2026-12-06');
    expect(chart.root?.id).toBe('a');
    expect(chart.units.map((u) => u.id)).toEqual(['b']);
    expect(chart.units[0]!.head?.fullName).toBe('Mới');
    expect(chart.units[0]!.children[0]!.head).toBeNull();
  });

  it('without an agency unit, every top unit is on the chart', () => {
    const chart = buildChart([unit('a', null), unit('b', null)], [], null, '2026-01-01');
    expect(chart.root).toBeNull();
    expect(chart.units.map((u) => u.id)).toEqual(['a', 'b']);
  });

  it('picks the latest post that has started and not ended', () => {
    expect(currentHead([head('u', 'A', '2020-01-01'), head('u', 'B', '2024-01-01')], '2025-01-01')?.fullName).toBe('B');
    expect(currentHead([head('u', 'A', '2020-01-01', '2021-01-01')], '2025-01-01')).toBeNull();
    expect(sinceMonth('2024-01-15')).toBe('01/2024');
  });
});
