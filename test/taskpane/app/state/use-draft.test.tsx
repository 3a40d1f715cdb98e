/**
 * @jest-environment jsdom
 */
import { act, renderHook } from '@testing-library/react';
import { SETTINGS_DEBOUNCE_MS, debounce, useDraft } from '../../../../taskpane/app/state/use-draft';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('debounce (the timer under a settings field)', () => {
  it('commits the last of a burst once, 400 ms after it', () => {
    expect(SETTINGS_DEBOUNCE_MS).toBe(400);
    const commits: string[] = [];
    const d = debounce((v: string) => commits.push(v));
    d.set('2');
    jest.advanceTimersByTime(300);
    d.set('20');
    jest.advanceTimersByTime(300);
    d.set('202');
    // 399 ms after the last keystroke: nothing yet.
    jest.advanceTimersByTime(399);
    expect(commits).toEqual([]);
    expect(d.pending).toBe(true);
    jest.advanceTimersByTime(1);
    expect(commits).toEqual(['202']);
    expect(d.pending).toBe(false);
    jest.advanceTimersByTime(10_000);
    expect(commits).toEqual(['202']);
  });

  it('flush commits what waits at once, and the timer then commits nothing more', () => {
    const commits: number[] = [];
    const d = debounce((v: number) => commits.push(v));
    expect(d.flush()).toBe(false);
    d.set(14);
    d.set(15);
    expect(d.flush()).toBe(true);
    expect(commits).toEqual([15]);
    expect(d.flush()).toBe(false);
    jest.advanceTimersByTime(1_000);
    expect(commits).toEqual([15]);
  });

  it('commits undefined as a value (holidays cleared)', () => {
    const commits: Array<string | undefined> = [];
    const d = debounce((v: string | undefined) => commits.push(v), 50);
    d.set(undefined);
    jest.advanceTimersByTime(50);
    expect(commits).toEqual([undefined]);
  });
});

describe('useDraft (a settings field while it is typed)', () => {
  it('shows the typed value at once and commits it once the typing stops; then shows the committed one', () => {
    const commits: number[] = [];
    let committed = 7;
    const { result, rerender } = renderHook(() => useDraft(committed, (v: number) => commits.push(v)));
    expect(result.current).toMatchObject({ value: 7, pending: false });
    act(() => result.current.change(8));
    act(() => result.current.change(9));
    expect(result.current).toMatchObject({ value: 9, pending: true });
    act(() => void jest.advanceTimersByTime(399));
    expect(commits).toEqual([]);
    act(() => void jest.advanceTimersByTime(1));
    expect(commits).toEqual([9]);
    // The owner saved it and renders with it.
    committed = 9;
    rerender();
    expect(result.current).toMatchObject({ value: 9, pending: false });
    // A value committed elsewhere (a reload) shows when nothing is typed.
    committed = 30;
    rerender();
    expect(result.current.value).toBe(30);
  });

  it('commits with the latest commit function given, not the one of the render that was typed in', () => {
    const seen: string[] = [];
    let label = 'first render';
    const { result, rerender } = renderHook(() => useDraft<number>(0, (v) => seen.push(`${label}: ${v}`)));
    act(() => result.current.change(5));
    label = 'later render';
    rerender();
    act(() => void jest.advanceTimersByTime(400));
    expect(seen).toEqual(['later render: 5']);
  });

  it('flush commits at once (the field lost focus)', () => {
    const commits: number[] = [];
    const { result } = renderHook(() => useDraft<number>(1, (v) => commits.push(v)));
    act(() => result.current.change(2));
    act(() => result.current.flush());
    expect(commits).toEqual([2]);
    expect(result.current.pending).toBe(false);
    act(() => void jest.advanceTimersByTime(1_000));
    expect(commits).toEqual([2]);
  });

  it('commits what was typed when the field unmounts (the user left the step)', () => {
    const commits: number[] = [];
    const { result, unmount } = renderHook(() => useDraft<number>(1, (v) => commits.push(v)));
    act(() => result.current.change(3));
    unmount();
    expect(commits).toEqual([3]);
    jest.advanceTimersByTime(1_000);
    expect(commits).toEqual([3]);
  });

  it('commits nothing on unmount when nothing waits', () => {
    const commits: number[] = [];
    const { unmount } = renderHook(() => useDraft<number>(1, (v) => commits.push(v)));
    unmount();
    expect(commits).toEqual([]);
  });
});
