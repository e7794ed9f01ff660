// Click-to-load video: the iframe (and so the video service) is only reached after a click.
// Without JavaScript the button stays hidden and the link to the source remains.
document.querySelectorAll("[data-video-embed]").forEach(function (figure) {
  var button = figure.querySelector(".video__load");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var iframe = document.createElement("iframe");
    iframe.src = figure.getAttribute("data-video-embed");
    iframe.title = figure.getAttribute("data-video-title");
    iframe.allow = "fullscreen; picture-in-picture";
    iframe.loading = "lazy";
    var placeholder = figure.querySelector(".video__placeholder");
    placeholder.replaceWith(iframe);
    iframe.focus();
  });
});
