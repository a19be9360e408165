### Notices for parts of a link that cannot be used (each names the part and what is shown instead).

notice-heading = Part of the link could not be used

notice-unknown-region = Unknown region code “{ $code }” was ignored.

notice-too-many = Too many regions; the first { $count } are shown.

notice-bad-year = “{ $key }={ $value }” is not a year with data; the default is used.

notice-bad-range = The year range { $from }–{ $to } is reversed; the full range is shown.

notice-bad-measure = Unknown measure “{ $value }”; the production index is shown.

notice-unknown-activity = Unknown activity “{ $value }”; total industry is shown.

notice-bad-period = “{ $value }” is not a period with data; the latest year is shown.

notice-bad-currency = Unknown currency “{ $value }”; volumes are shown in tenge.

notice-bad-widget = “{ $key }={ $value }” is not a widget option; the default is used.

notice-unknown-language = Language “{ $value }” is not available; English is shown.

notice-bad-view = Unknown view “{ $value }”; the trend is shown.

notice-bad-base = “base={ $value }” is not a year with data; 2015 is used.

# `theme=` with a value other than auto, light or dark.
notice-bad-theme = Unknown theme “{ $value }”; the system’s light or dark setting is followed.
