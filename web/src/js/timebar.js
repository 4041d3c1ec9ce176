// The time control: a slider over the corpus's dates (one step a day), a date field for an exact
// day, and play. It only reports the chosen day; the app re-queries the layers that depend on it.
import { bilingual, el } from './dom.js';
import { UI } from './vocab.js';

const DAY_MS = 86400000;
const PLAY_STEPS = 48;
const PLAY_INTERVAL_MS = 700;

export function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayMs(iso) {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(ms) ? ms : null;
}

export class TimeBar {
  constructor(container, onChange) {
    this.onChange = onChange;
    this.min = dayMs('2017-01-01');
    this.max = Date.now();
    this.timer = null;
    this.slider = el('input', { type: 'range', id: 'time-slider', min: '0', max: '0', step: '1',
      'aria-label': 'As of date / حتى تاريخ', list: 'time-ticks' });
    this.ticks = el('datalist', { id: 'time-ticks' });
    this.date = el('input', { type: 'date', id: 'time-date', 'aria-label': 'As of date (exact day)' });
    this.play = el('button', { type: 'button', id: 'time-play', class: 'tq-button', 'aria-pressed': 'false' });
    this.setPlayLabel(false);
    container.replaceChildren(
      el('label', { for: 'time-slider', class: 'tq-time-label' }, bilingual(UI.asOf)),
      this.play, this.slider, this.ticks, this.date);
    this.slider.addEventListener('input', () => this.set(this.min + Number(this.slider.value) * DAY_MS, 'slider'));
    this.date.addEventListener('change', () => {
      const ms = dayMs(this.date.value);
      if (ms !== null) this.set(ms, 'date');
    });
    this.play.addEventListener('click', () => (this.timer ? this.stop() : this.start()));
  }

  setPlayLabel(playing) {
    this.play.replaceChildren(playing ? '❚❚ ' : '▶ ', bilingual(playing ? UI.pause : UI.play));
    this.play.setAttribute('aria-pressed', String(playing));
  }

  /** The slider spans the corpus's dates with a margin; each reported date gets a tick. */
  setRange(isoDates, value) {
    const days = [...new Set(isoDates.map(dayMs).filter((d) => d !== null))].sort((a, b) => a - b);
    if (days.length) {
      this.min = days[0] - 31 * DAY_MS;
      this.max = days[days.length - 1] + 31 * DAY_MS;
    }
    this.slider.max = String(Math.round((this.max - this.min) / DAY_MS));
    this.date.min = isoDay(this.min);
    this.date.max = isoDay(this.max);
    this.ticks.replaceChildren(...days.map((d) => el('option', { value: String(Math.round((d - this.min) / DAY_MS)) })));
    this.set(value !== null && value !== undefined ? dayMs(value) ?? this.max : this.max, 'init');
  }

  get value() {
    return isoDay(this.current);
  }

  /** True when the control is at its end: the permalink then leaves the time out (latest). */
  get atEnd() {
    return this.current >= this.max;
  }

  set(ms, why) {
    this.current = Math.min(this.max, Math.max(this.min, ms));
    this.slider.value = String(Math.round((this.current - this.min) / DAY_MS));
    this.date.value = isoDay(this.current);
    this.slider.setAttribute('aria-valuetext', isoDay(this.current));
    if (why !== 'init') this.onChange(this.value, why);
  }

  start() {
    if (this.atEnd) this.set(this.min, 'play');
    const step = Math.max(1, Math.round((this.max - this.min) / DAY_MS / PLAY_STEPS)) * DAY_MS;
    this.setPlayLabel(true);
    this.timer = setInterval(() => {
      this.set(this.current + step, 'play');
      if (this.atEnd) this.stop();
    }, PLAY_INTERVAL_MS);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
    this.setPlayLabel(false);
  }
}
