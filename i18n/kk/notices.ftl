### Notices for parts of a link that cannot be used (each names the part and what is shown instead).

notice-heading = Сілтеменің бір бөлігін пайдалану мүмкін болмады

notice-unknown-region = Белгісіз өңір коды «{ $code }» өткізіп жіберілді.

notice-too-many = Өңірлер тым көп; алғашқы { $count } көрсетілді.

notice-bad-year = «{ $key }={ $value }» — деректері бар жыл емес; әдепкі мән қолданылды.

notice-bad-range = { $from }–{ $to } жылдар аралығы керісінше; толық кезең көрсетілді.

notice-bad-measure = Белгісіз көрсеткіш «{ $value }»; өндіріс индексі көрсетілді.

notice-unknown-activity = Белгісіз қызмет түрі «{ $value }»; жалпы өнеркәсіп көрсетілді.

notice-bad-period = «{ $value }» — деректері бар кезең емес; соңғы жыл көрсетілді.

notice-bad-currency = Белгісіз валюта «{ $value }»; көлемдер теңгемен көрсетілді.

notice-bad-widget = «{ $key }={ $value }» — виджет параметрі емес; әдепкі мән қолданылды.

notice-unknown-language = «{ $value }» тілі жоқ; ағылшын тілі көрсетілді.

notice-bad-view = Белгісіз бөлім «{ $value }»; динамика көрсетілді.

notice-bad-base = «base={ $value }» — деректері бар жыл емес; 2015 қолданылды.

# `theme=` with a value other than auto, light or dark.
notice-bad-theme = «{ $value }» — белгісіз тақырып; жүйенің ашық не қараңғы баптауы қолданылды.
