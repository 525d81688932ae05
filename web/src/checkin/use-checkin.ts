/**
 * The check-in app's state for one event: the device's roster and queue (IndexedDB), whether the network is there,
 * and what the last scan said. Everything a scan needs is on the device, so the door never waits for the network:
 * the verdict is decided here, the scan is queued first, then sent when (and as soon as) the API can be reached.
 * When the sign-in expires, scans keep being accepted and queued; sending waits for a fresh sign-in.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { monotonicFactory } from 'ulidx';
import { importPublicKey, parseCheckInCode, verifyCheckInCode } from '../../../shared/domain/badges/check-in-code.ts';
import { ApiProblem } from '../api/http-client.ts';
import { currentSession } from '../console/auth/session.ts';
import { downloadRoster, postCheckIn } from './checkin-api.ts';
import { loadQueue, loadRoster, saveRoster, updateQueue, updateRoster } from './checkin-storage.ts';
import { fullName } from './roster-search.ts';
import { findEntry, markCheckedIn, mergeRoster, replaceEntry } from './local-roster.ts';
import { addScan, waitingScans, type QueuedScan } from './scan-queue.ts';
import { verdictForCode, verdictForEntry, type ScanVerdict } from './scan-verdict.ts';
import { syncQueue, type SyncStop } from './sync-queue.ts';
import type { Roster } from './roster-types.ts';

/** How often an online device refreshes its roster (new confirmations, cancellations, other doors' check-ins). */
const REFRESH_MS = 3 * 60_000;
/** How long an online scan waits for the API's word before showing the device's own verdict. */
const ANSWER_WAIT_MS = 2500;
/** How often waiting scans are retried while online. */
const RETRY_MS = 20_000;

export interface ScanResult {
  /** Increases with every scan, so the live region announces a repeat of the same verdict. */
  serial: number;
  verdict: ScanVerdict;
  /** `checking`: decided here, waiting briefly for the API; `queued`: accepted here, to be sent later. */
  state: 'checking' | 'final' | 'queued';
}

const nextScanId = monotonicFactory();

const registrationIdOf = (scan: QueuedScan) => scan.registrationId ?? (scan.code ? parseCheckInCode(scan.code)?.registrationId : undefined);

const useOnline = (): boolean => {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
};

export const useCheckIn = (eventId: string, device: string) => {
  const online = useOnline();
  const [roster, setRoster] = useState<Roster | undefined>();
  const [queue, setQueue] = useState<QueuedScan[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [rosterProblem, setRosterProblem] = useState<ApiProblem | undefined>();
  const [syncStop, setSyncStop] = useState<SyncStop | 'syncing'>('synced');
  const [result, setResult] = useState<ScanResult | undefined>();
  const rosterRef = useRef<Roster | undefined>();
  const keyRef = useRef<{ encoded: string; key: Promise<CryptoKey | undefined> } | undefined>();
  const serial = useRef(0);
  const syncing = useRef<Promise<SyncStop> | undefined>();

  const showRoster = useCallback((next: Roster | undefined) => {
    rosterRef.current = next;
    setRoster(next);
  }, []);

  const publicKey = useCallback((): Promise<CryptoKey | undefined> => {
    const encoded = rosterRef.current?.publicKey;
    if (!encoded) return Promise.resolve(undefined);
    if (keyRef.current?.encoded !== encoded) keyRef.current = { encoded, key: importPublicKey(encoded).catch(() => undefined) };
    return keyRef.current.key;
  }, []);

  /** Sends the queue (one run at a time); the sign-in is read at each send, so an expired one stops it. */
  const sync = useCallback((): Promise<SyncStop> => {
    syncing.current ??= (async () => {
      setSyncStop('syncing');
      const stop = await syncQueue(eventId, {
        loadQueue,
        updateQueue: async (id, change) => {
          const next = await updateQueue(id, change);
          setQueue(next);
          return next;
        },
        saveEntry: async (id, entry) => showRoster(await updateRoster(id, (r) => replaceEntry(r, entry))),
        post: postCheckIn,
        token: () => currentSession()?.token,
      });
      setSyncStop(stop);
      return stop;
    })().finally(() => {
      syncing.current = undefined;
    });
    return syncing.current;
  }, [eventId]);

  const refresh = useCallback(async () => {
    const token = currentSession()?.token;
    if (!token) return setSyncStop('sign-in');
    try {
      const fresh = await downloadRoster(eventId, token);
      const merged = mergeRoster(fresh, await loadQueue(eventId), registrationIdOf);
      await saveRoster(merged);
      showRoster(merged);
      setRosterProblem(undefined);
    } catch (error) {
      if (error instanceof ApiProblem && (error.status === 401 || error.status === 403)) setSyncStop('sign-in');
      else if (error instanceof ApiProblem) setRosterProblem(error);
    }
  }, [eventId]);

  useEffect(() => {
    let alive = true;
    void (async () => {
      const [stored, storedQueue] = await Promise.all([loadRoster(eventId), loadQueue(eventId)]);
      if (!alive) return;
      // A download that finished first is newer than what was stored.
      if (!rosterRef.current) showRoster(stored);
      setQueue(storedQueue);
      setLoaded(true);
    })();
    return () => {
      alive = false;
    };
  }, [eventId]);

  useEffect(() => {
    if (!online) return;
    void sync().then(() => refresh());
    const timer = setInterval(() => void sync().then(() => refresh()), REFRESH_MS);
    return () => clearInterval(timer);
  }, [online, eventId]);

  // While scans wait and the API could not be reached, try again every little while (not only every few minutes).
  const waiting = waitingScans(queue).length;
  useEffect(() => {
    if (!online || waiting === 0) return;
    const timer = setInterval(() => void sync(), RETRY_MS);
    return () => clearInterval(timer);
  }, [online, waiting > 0, eventId]);

  const show = (verdict: ScanVerdict, state: ScanResult['state']) => {
    setResult({ serial: ++serial.current, verdict, state });
    // A short buzz where the phone can (one for yes, two for a second look, a long double for no); the screen says why.
    if (state !== 'checking') navigator.vibrate?.(verdict.kind === 'admit' ? 80 : verdict.kind === 'already' ? [120, 80, 120] : [300, 100, 300]);
  };

  /** Accepts an admitted participant: marked here at once, queued, then (online) sent and answered by the API. */
  const admit = async (verdict: ScanVerdict, source: { code: string } | { registrationId: string }) => {
    if (verdict.kind !== 'admit') return show(verdict, 'final');
    const scannedAt = new Date().toISOString();
    const scan: QueuedScan = { scanId: nextScanId(), eventId, scannedAt, device, label: fullName(verdict.entry), status: 'waiting', ...source };
    setQueue(await updateQueue(eventId, (q) => addScan(q, scan)));
    showRoster(await updateRoster(eventId, (r) => markCheckedIn(r, verdict.entry.registrationId, { at: scannedAt, device })));
    if (!navigator.onLine || !currentSession()) return show(verdict, 'queued');
    show(verdict, 'checking');
    const sent = await Promise.race([sync(), new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), ANSWER_WAIT_MS))]);
    const mine = (await loadQueue(eventId)).find((s) => s.scanId === scan.scanId);
    if (sent === 'late' || !mine || mine.status === 'waiting') return show(verdict, 'queued');
    if (mine.status === 'refused') return show({ kind: 'refused', reason: mine.problem === 'invalid-badge' ? 'forged' : 'not_confirmed' }, 'final');
    const entry = findEntry(rosterRef.current!, verdict.entry.registrationId) ?? verdict.entry;
    if (mine.outcome && !mine.outcome.firstScan)
      return show({ kind: 'already', entry, checkedIn: { at: mine.outcome.at, device: mine.outcome.device } }, 'final');
    show({ kind: 'admit', entry }, 'final');
  };

  const scanCode = async (code: string) => {
    const current = rosterRef.current;
    if (!current) return;
    await admit(await verdictForCode(code, current, await publicKey(), verifyCheckInCode), { code: code.trim() });
  };

  /** A damaged badge, found by search: checked in by registration id (the API records it as manual). */
  const checkInManually = async (registrationId: string) => {
    const current = rosterRef.current;
    if (!current) return;
    await admit(verdictForEntry(findEntry(current, registrationId)), { registrationId });
  };

  return {
    online,
    loaded,
    roster,
    rosterProblem,
    queue,
    waiting,
    syncStop,
    result,
    scanCode,
    checkInManually,
    sync,
    refresh,
  };
};
