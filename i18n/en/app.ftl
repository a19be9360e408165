### The page: title, loading lines, header, views, filters and controls.

app-title = Kazakhstan Industrial Production Explorer

app-subtitle = Industrial production index and output volume by region, from the Bureau of National Statistics and the press. All data is bundled: no network needed.

# The static first paint's line while the wasm loads (written by the build, tools/og).
loading-explorer = Loading the interactive explorer…

# The widget page's note before its wasm arrives (written into the page by the build).
loading-chart = Loading the chart…

# The static paint's line when the wasm could not be fetched or started.
load-failed-explorer = The interactive explorer could not load. Check the connection and reload the page.

# The widget page's line when its wasm could not be fetched or started.
load-failed-chart = The chart could not load. Check the connection and reload the page.

# About the data and Output while their part of the data (glossary, physical output) is fetched
# from beside the app, and when it could not be.
loading-part = Loading this part of the data…
load-failed-part = This part of the data could not load. Check the connection and reload the page.

# Share / Embed while its tools (a file of their own) are fetched, and when they could not be.
loading-share = Loading the tools to share and embed…
load-failed-share = The tools to share and embed could not load. Check the connection and try again.

region = Region

data-errors = Some bundled data could not be read; the explorer shows what is valid.

dismiss = Dismiss

data-table = Data table

footer = Data: Bureau of National Statistics of the Republic of Kazakhstan and the press, as cited. Derived values are marked.

show-activity-for-republic = Show this activity for the Republic

show-total-for-regions = Show total industry for the selected regions

works-offline = Everything is bundled, so the explorer works offline: install it from the browser menu, or keep the

single-file = single-file edition (one HTML file, opens from disk; kk, ru and en inside)

language = Language

theme = Theme

theme-auto = system

theme-light = light

theme-dark = dark

# The language's own name, in itself (the language links).
language-name = English
