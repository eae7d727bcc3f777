/**
 * The weighing round's clock: a round closing on day D takes ballots until D ends (UTC), not a millisecond more;
 * its text is frozen for its candidates only, and only while it takes ballots.
 */
import {
  isUnderWeighing,
  roundClosedAt,
  roundStatus,
  takesBallots,
  type WeighingRound,
} from '../../../src/domain/weighing/round';

const OPENED = Date.UTC(2026, 2, 2, 9);
/** The end of the closing day, 15 March 2026: the first millisecond of the 16th. */
const DAY_END = Date.UTC(2026, 2, 16);

const open: WeighingRound = {
  status: 'open',
  closesOn: '2026-03-15',
  candidateIds: ['a', 'b'],
  openedAt: OPENED,
  openedBy: 'grace',
};
const closedAt = (at: number): WeighingRound => ({ ...open, status: 'closed', closedAt: at });

describe('roundStatus and takesBallots', () => {
  it('an open round takes ballots until the last millisecond of its closing day, and is closed from the next', () => {
    expect(roundStatus(open, DAY_END - 1)).toBe('open');
    expect(takesBallots(open, DAY_END - 1)).toBe(true);
    expect(roundStatus(open, DAY_END)).toBe('closed');
    expect(takesBallots(open, DAY_END)).toBe(false);
  });

  it('a round closed by the team, or not open yet, takes no ballot whatever the day', () => {
    expect(takesBallots(closedAt(OPENED + 1), OPENED + 2)).toBe(false);
    expect(roundStatus({ status: 'notOpen' }, OPENED)).toBe('notOpen');
    expect(takesBallots({ status: 'notOpen' }, OPENED)).toBe(false);
  });
});

describe('roundClosedAt', () => {
  it('is none for a round never opened', () => {
    expect(roundClosedAt({ status: 'notOpen' })).toBeUndefined();
  });

  it('is the end of the closing day for an open round, and the earlier of the close and that end once closed', () => {
    expect(roundClosedAt(open)).toBe(DAY_END);
    expect(roundClosedAt(closedAt(OPENED + 1))).toBe(OPENED + 1);
    // Closed by the hourly job after the day ended: ballots stopped at the end of the day.
    expect(roundClosedAt(closedAt(DAY_END + 3_600_000))).toBe(DAY_END);
  });
});

describe('isUnderWeighing', () => {
  it('holds a candidate while the round takes ballots', () => {
    expect(isUnderWeighing(open, 'a', DAY_END - 1)).toBe(true);
  });

  it('never holds an action drafted after the round opened (not a candidate)', () => {
    expect(isUnderWeighing(open, 'c', OPENED + 1)).toBe(false);
  });

  it('releases the candidates once the closing day is over, before the hourly job closes the round', () => {
    expect(isUnderWeighing(open, 'a', DAY_END)).toBe(false);
  });

  it('releases the candidates of a closed round, and holds nothing before a round opens', () => {
    expect(isUnderWeighing(closedAt(OPENED + 1), 'a', OPENED + 2)).toBe(false);
    expect(isUnderWeighing({ status: 'notOpen' }, 'a', OPENED)).toBe(false);
  });
});
