// The search page's filters: a closed disclosure on a phone (results first), open in the side
// column where the window is wide enough for one.
const filters = document.getElementById("search-filters");
const wide = window.matchMedia("(min-width: 60rem)");
if (filters) {
  filters.open = wide.matches;
  wide.addEventListener("change", () => { filters.open = wide.matches; });
}
