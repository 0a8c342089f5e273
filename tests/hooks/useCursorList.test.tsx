import { act, renderHook, waitFor } from '@testing-library/react';
import { useCursorList, type CursorPage } from '../../src/components/useCursorList';

/** A server's list, newest first, 20 to a page; the cursor is the index of the next item. */
function serverList(count: number) {
  const items = Array.from({ length: count }, (_, n) => ({ id: `m${count - n}` }));
  const load = jest.fn(async (cursor?: string): Promise<CursorPage<{ id: string }>> => {
    const from = cursor ? Number(cursor) : 0;
    const page = items.slice(from, from + 20);
    return { items: page, nextCursor: from + 20 < items.length ? String(from + 20) : null };
  });
  return { items, load };
}

const ids = (list: { items: { id: string }[] }) => list.items.map((item) => item.id);

describe('useCursorList: reload keeps the loaded pages (the place in a long list holds)', () => {
  it('reload refreshes the first page and keeps the pages loaded below it; refresh starts over', async () => {
    const server = serverList(45);
    const { result } = renderHook(() => useCursorList(server.load, []));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.loadMore());
    await act(() => result.current.loadMore());
    expect(result.current.items).toHaveLength(45);
    expect(result.current.nextCursor).toBeNull();

    // Someone raised a matter while the person read one; they come back to the list.
    server.items.unshift({ id: 'm46' });
    await act(() => result.current.reload());
    expect(ids(result.current)).toEqual(['m46', ...Array.from({ length: 45 }, (_, n) => `m${45 - n}`)]);
    expect(result.current.nextCursor).toBeNull();
    expect(server.load).toHaveBeenLastCalledWith();

    // Pulling down starts over at the first page.
    await act(() => result.current.refresh());
    expect(result.current.items).toHaveLength(20);
    expect(result.current.nextCursor).toBe('20');
  });

  it('keeps the next page where the loaded list ended, and loading it adds nothing twice', async () => {
    const server = serverList(70);
    const { result } = renderHook(() => useCursorList(server.load, []));
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.loadMore());
    expect(result.current.items).toHaveLength(40);

    server.items.unshift({ id: 'm71' });
    await act(() => result.current.reload());
    expect(result.current.items).toHaveLength(41);
    expect(result.current.nextCursor).toBe('40');
    await act(() => result.current.loadMore());
    const all = ids(result.current);
    expect(new Set(all).size).toBe(all.length);
    // (This stand-in's cursor is an offset, so the new item shifts m31 onto the next page again.)
    expect(all.slice(-2)).toEqual(['m13', 'm12']);
  });
});
