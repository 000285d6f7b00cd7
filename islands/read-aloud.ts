import { pickChineseVoice, speechPieces } from '@/lib/ui/read-aloud';

/**
 * 读给我听 (components/ReadAloudButton): reads an answer aloud with the phone's own speech engine
 * (speechSynthesis: nothing leaves the phone). The buttons are in the page from the start but shown
 * only once a Chinese voice is known to exist (html[data-tts], app/globals.css): a browser without one
 * never shows them. One click handler for the whole document, so the calculator's result (rendered
 * later by React) is read the same way. While reading, html[data-tts-state] is "speaking" or "paused"
 * and the reading button carries data-reading, which the CSS turns into 暂停 / 继续 and a 停止 button.
 */
export function enableReadAloud(doc: Document): void {
  const synth = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  const html = doc.documentElement;
  let voice: SpeechSynthesisVoice | undefined;
  let reading: HTMLElement | null = null;

  const findVoice = () => {
    voice = pickChineseVoice(synth.getVoices());
    if (voice) html.dataset.tts = '1';
  };
  findVoice();
  synth.addEventListener?.('voiceschanged', findVoice);

  const setState = (state: 'speaking' | 'paused' | null) => {
    if (state) html.dataset.ttsState = state;
    else delete html.dataset.ttsState;
    if (!state && reading) {
      delete reading.dataset.reading;
      reading = null;
    }
  };

  const stop = () => {
    synth.cancel();
    setState(null);
  };

  const start = (button: HTMLElement) => {
    const target = doc.querySelector<HTMLElement>(button.dataset.readAloud ?? '');
    const text = target?.innerText ?? target?.textContent ?? '';
    const pieces = speechPieces(text);
    if (!voice || pieces.length === 0) return;
    stop();
    reading = button;
    button.dataset.reading = '';
    pieces.forEach((piece, i) => {
      const utterance = new SpeechSynthesisUtterance(piece);
      utterance.lang = voice!.lang;
      try {
        utterance.voice = voice!;
      } catch {
        /* not a voice object of this browser: its language is enough to choose one */
      }
      utterance.rate = 0.9;
      if (i === pieces.length - 1) utterance.onend = () => reading === button && setState(null);
      utterance.onerror = () => reading === button && setState(null);
      synth.speak(utterance);
    });
    setState('speaking');
  };

  doc.addEventListener('click', (event) => {
    const el = event.target instanceof Element ? event.target : null;
    if (el?.closest('[data-read-aloud-stop]')) return stop();
    const button = el?.closest<HTMLElement>('[data-read-aloud]');
    if (!button) return;
    if (reading !== button) return start(button);
    if (html.dataset.ttsState === 'speaking') {
      synth.pause();
      setState('paused');
    } else {
      synth.resume();
      setState('speaking');
    }
  });
  // Leaving the page ends the reading (the next page starts quiet).
  window.addEventListener('pagehide', () => synth.cancel());
}
