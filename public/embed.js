/*
 * Beleid zoekt Uitvoerder: inbedden in een andere pagina.
 *
 * Zet dit script onder de iframes met het attribuut data-bzu-uitvoerder. Het script geeft elke
 * iframe de hoogte van zijn inhoud, zodat er geen tweede schuifbalk is. Het luistert alleen naar
 * berichten die (1) uit die iframe komen, (2) van de herkomst (origin) van de tool komen, zoals die
 * in het src-adres van de iframe staat, en (3) het juiste type en, als het attribuut een naam
 * heeft, dezelfde naam dragen. Alle andere berichten worden genegeerd. Zonder dit script werkt de
 * tool ook: de iframe schuift dan zelf.
 *
 * Beleid zoekt Uitvoerder: embedding in another page. Sizes each iframe marked
 * data-bzu-uitvoerder to its content; ignores messages from any other frame or origin.
 */
(function () {
  'use strict';

  var MESSAGE_TYPE = 'bzu-uitvoerder:hoogte';
  var REQUEST_TYPE = 'bzu-uitvoerder:vraag-hoogte';
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 100000;

  function toolOrigin(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (error) {
      return null;
    }
  }

  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[data-bzu-uitvoerder]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) {
        return frames[i];
      }
    }
    return null;
  }

  // The tool may have reported its height before this script ran, or before it listened: ask
  // each frame again once it shows the tool, and keep asking for a few seconds until it answers.
  function showsTool(frame) {
    try {
      // Readable only while the frame is still empty (or the tool is on the same origin).
      return frame.contentWindow.location.href !== 'about:blank';
    } catch (error) {
      return true;
    }
  }
  function ask(frame) {
    var origin = toolOrigin(frame);
    if (origin && origin !== 'null' && frame.contentWindow && showsTool(frame)) {
      frame.contentWindow.postMessage({ type: REQUEST_TYPE }, origin);
    }
  }
  function askUntilAnswered(frame) {
    var tries = 0;
    var timer = setInterval(function () {
      tries += 1;
      if (frame.hasAttribute('data-bzu-hoogte') || tries > 20) {
        clearInterval(timer);
      } else {
        ask(frame);
      }
    }, 250);
  }
  var frames = document.querySelectorAll('iframe[data-bzu-uitvoerder]');
  for (var i = 0; i < frames.length; i++) {
    frames[i].addEventListener('load', ask.bind(null, frames[i]));
    askUntilAnswered(frames[i]);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE_TYPE) {
      return;
    }
    var frame = frameFor(event.source);
    if (!frame || event.origin !== toolOrigin(frame)) {
      return;
    }
    var name = frame.getAttribute('data-bzu-uitvoerder');
    if (name && data.id !== name) {
      return;
    }
    var height = Number(data.hoogte);
    if (!isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) {
      return;
    }
    frame.style.height = Math.ceil(height) + 'px';
    frame.setAttribute('data-bzu-hoogte', String(Math.ceil(height)));
    // After a new page or step, bring the top of the tool into view if it scrolled out.
    if (data.nieuwePagina === true && frame.getBoundingClientRect().top < 0) {
      frame.scrollIntoView({ block: 'start' });
    }
  });
})();
