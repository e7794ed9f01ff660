// The board form: the volunteer-task fields show only when that kind is chosen. Without
// JavaScript they stay visible, under a legend that says they are only for that kind.
document.querySelectorAll("fieldset[data-shown-for-kind]").forEach((section) => {
  const form = section.form || section.closest("form");
  const update = () => {
    const chosen = form.querySelector('input[name="kind"]:checked');
    section.hidden = !chosen || chosen.value !== section.dataset.shownForKind;
  };
  form.querySelectorAll('input[name="kind"]').forEach((radio) => {
    radio.addEventListener("change", update);
  });
  update();
});
