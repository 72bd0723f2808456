import type { Metadata } from 'next';
import { pageData } from '@/lib/auth/guard';
import { registryForAdmin } from '@/lib/data/registry/registry';
import { addPositionAction, createPersonAction, createUnitAction, endPositionAction } from './actions';

export const metadata: Metadata = { title: 'Nhân vật và đơn vị' };

const input = 'mt-1 block w-full rounded border border-gray-400 px-2 py-1';
const button = 'rounded border border-gray-600 px-3 py-1 font-semibold hover:bg-gray-100';
const dmy = (iso: string) => iso.split('-').reverse().join('/');

type Props = { searchParams: Promise<{ ok?: string; loi?: string }> };

export default async function RegistryPage({ searchParams }: Props) {
  const [{ ok, loi }, registry] = await Promise.all([searchParams, pageData('/toa-soan/nhan-vat', (viewer) => registryForAdmin(viewer))]);
  return (
    <div className="grid gap-6">
      <h1 className="text-xl font-bold">Nhân vật và đơn vị</h1>
      <p className="text-sm text-gray-700">
        Chức vụ có ngày bắt đầu và kết thúc: bài cũ giữ đúng chức danh tại thời điểm diễn ra sự kiện. Khi một người được bổ nhiệm mới, hãy ghi ngày kết thúc chức vụ cũ rồi thêm chức vụ mới.
      </p>
      {ok ? <p role="status" className="rounded bg-green-50 p-3 text-sm text-green-900">{ok.slice(0, 200)}</p> : null}
      {loi ? <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-900">{loi.slice(0, 300)}</p> : null}

      <section aria-labelledby="nhan-vat" className="grid gap-3">
        <h2 id="nhan-vat" className="text-lg font-bold">Nhân vật ({registry.people.length})</h2>
        <form action={createPersonAction} className="flex flex-wrap items-end gap-2 rounded border border-gray-300 bg-white p-3 text-sm">
          <label className="font-semibold">
            Họ và tên
            <input name="fullName" required maxLength={200} className={input} />
          </label>
          <button type="submit" className={button}>Thêm nhân vật</button>
        </form>
        <ul className="grid gap-3">
          {registry.people.map((person) => (
            <li key={person.id} className="rounded border border-gray-300 bg-white p-3 text-sm">
              <h3 className="font-bold">{person.fullName}</h3>
              <ul className="mt-1 grid gap-1">
                {person.positions.map((p) => (
                  <li key={p.id} className="flex flex-wrap items-end gap-2">
                    <span>
                      {p.title}
                      {p.unitName ? ` — ${p.unitName}` : ''} ({dmy(p.startsOn)} – {p.endsOn ? dmy(p.endsOn) : 'nay'})
                    </span>
                    {!p.endsOn ? (
                      <form action={endPositionAction} className="flex flex-wrap items-end gap-1">
                        <input type="hidden" name="positionId" value={p.id} />
                        <label className="text-xs">
                          Kết thúc ngày
                          <input type="date" name="to" required className={input} />
                        </label>
                        <button type="submit" className={button}>Ghi</button>
                      </form>
                    ) : null}
                  </li>
                ))}
              </ul>
              <form action={addPositionAction} className="mt-2 grid gap-2 sm:grid-cols-[2fr_2fr_1fr_1fr_auto] sm:items-end">
                <input type="hidden" name="personId" value={person.id} />
                <label className="text-xs font-semibold">
                  Chức vụ mới
                  <input name="title" required maxLength={300} className={input} />
                </label>
                <label className="text-xs font-semibold">
                  Đơn vị
                  <select name="unitId" className={input} defaultValue="">
                    <option value="">—</option>
                    {registry.units.map((u) => (
                      <option key={u.id} value={u.id}>{u.name}</option>
                    ))}
                  </select>
                </label>
                <label className="text-xs font-semibold">
                  Từ ngày
                  <input type="date" name="from" required className={input} />
                </label>
                <label className="text-xs font-semibold">
                  Đến ngày
                  <input type="date" name="to" className={input} />
                </label>
                <button type="submit" className={button}>Thêm chức vụ</button>
              </form>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="don-vi" className="grid gap-3">
        <h2 id="don-vi" className="text-lg font-bold">Đơn vị ({registry.units.length})</h2>
        <form action={createUnitAction} className="flex flex-wrap items-end gap-2 rounded border border-gray-300 bg-white p-3 text-sm">
          <label className="font-semibold">
            Tên đơn vị
            <input name="name" required maxLength={200} className={input} />
          </label>
          <label className="font-semibold">
            Tên viết tắt
            <input name="shortName" maxLength={50} className={input} />
          </label>
          <label className="font-semibold">
            Trực thuộc
            <select name="parentId" className={input} defaultValue="">
              <option value="">—</option>
              {registry.units.map((u) => (
                <option key={u.id} value={u.id}>{u.name}</option>
              ))}
            </select>
          </label>
          <button type="submit" className={button}>Thêm đơn vị</button>
        </form>
        <ul className="grid gap-1 text-sm">
          {registry.units.map((u) => (
            <li key={u.id}>
              {u.name}
              {u.shortName ? ` (${u.shortName})` : ''}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
