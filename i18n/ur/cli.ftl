# khabar کی کمانڈ لائن اردو میں: ‎--help‎ اور clap کی استعمال کی غلطیاں (src/cli/lang.rs).
cli-about = ٹرمینل کے لیے خبریں پڑھنے کا پروگرام جو عربی، فارسی اور عبرانی کو دائیں سے بائیں دکھاتا ہے
cli-long-about =
    یہ پروگرام، khabar (یعنی «خبر»)، ٹرمینل میں مضامین پڑھتا ہے اور دائیں سے بائیں لکھی تحریر کو درست بصری ترتیب میں دکھاتا ہے۔

    PATH کے بغیر یہ آپ کی سبسکرپشنز کھولتا ہے (khabar add URL)، اور اگر کوئی سبسکرپشن نہ ہو تو ساتھ آنے والے مضامین۔
cli-arg-add-name = فیڈ کے اپنے عنوان کی جگہ دکھایا جانے والا نام
cli-arg-add-url = فیڈ کا پتہ (http یا https)
cli-arg-bidi = دائیں سے بائیں تحریر کیسے لکھی جائے: `explicit` (بصری ترتیب؛ ٹرمینل سے کہا جاتا ہے کہ ترتیب نہ بدلے)، `terminal` (ہر رکھی گئی سطر میں منطقی ترتیب، ان ٹرمینلز کے لیے جو خود ترتیب بدلتے ہیں)، `runs` (ٹکڑوں کی بصری ترتیب، ہر دائیں سے بائیں ٹکڑا منطقی ترتیب میں، ان ٹرمینلز کے لیے جو بائیں سے دائیں بنیادی سمت کے ساتھ ترتیب بدلتے ہیں: Konsole)، `auto` (ریڈر خود پہچانتا ہے؛ `khabar doctor` دکھاتا ہے کہ کیا ملا)۔ `on` یعنی explicit، `off` یعنی terminal [طے شدہ: ریڈر میں auto، آؤٹ پٹ میں explicit]
cli-arg-completions-shell = شیل
cli-arg-config = طے شدہ فائل کی جگہ پڑھی جانے والی کنفیگ فائل (دیکھیے `khabar config`)
cli-arg-config-print = مؤثر کنفیگ (طے شدہ قدریں، فائل لاگو کرنے کے بعد) TOML کی صورت میں چھاپیں
cli-arg-db = سبسکرپشنز، اندراجات اور محفوظ مضامین کا ڈیٹا بیس [طے شدہ: ڈیٹا فولڈر میں khabar.db؛ `khabar feeds --where` اس کی جگہ چھاپتا ہے]
cli-arg-dump-exact = تہہ کیے بغیر تلاش (اعراب، حروف کی شکلیں، ہندسے اور بڑے چھوٹے حروف ملنے چاہییں)
cli-arg-dump-json = مضمون کا ماڈل JSON کی صورت میں چھاپیں (ایک مضمون کے لیے ایک آبجیکٹ، کئی کے لیے ایک ارے)
cli-arg-dump-loose = ایسی تلاش جو ہمزہ کی کرسیوں کو بھی تہہ کرے (ؤ ← و، ئ ← ي)
cli-arg-dump-paths = مضامین کی فائلیں یا فولڈر، `bundled:` مضامین یا ویب پتے
cli-arg-dump-search = مطابقتوں کی تعداد چھاپیں، پھر ہر ترتیب دی گئی سطر جس میں مطابقت ہو، نیچے `^` کے نشان کے ساتھ (`re:` ریگولر ایکسپریشن شروع کرتا ہے)
cli-arg-dump-width = کالموں میں متن کی چوڑائی
cli-arg-export-file = اسٹینڈرڈ آؤٹ پٹ کی جگہ اس فائل میں لکھیں
cli-arg-feeds-where = صرف یہ چھاپیں کہ ڈیٹا بیس کہاں ہے
cli-arg-import-file = OPML فائل
cli-arg-layout-file = ان پٹ فائل؛ `-` یا کچھ نہیں ہو تو اسٹینڈرڈ ان پٹ پڑھا جاتا ہے
cli-arg-layout-isolate-addresses = ویب اور ای میل پتوں کو بائیں سے دائیں ایک اکائی کے طور پر رکھیں، جو صرف `/ ? & .` کے بعد ٹوٹے (جیسے ریڈر اور `dump` میں)؛ اس کے بغیر: سادہ UAX #9، جس کا FriBidi سے موازنہ ہو سکتا ہے
cli-arg-layout-no-pad = دائیں طرف جمی سطروں کے شروع میں خالی جگہ نہ بھریں
cli-arg-layout-width = کالموں میں سطر کی چوڑائی
cli-arg-paths = کھولنے کے لیے مضامین کی فائلیں یا فولڈر (فائل اپنا فولڈر کتب خانے کے طور پر ساتھ لاتی ہے)، ویب پتے (http، https: کسی مضمون کا صفحہ یا فیڈ)، `bundled:` (ساتھ آنے والے مضامین) یا `bundled:NAME`
cli-arg-remove-feed = فیڈ: `khabar feeds` میں اس کا نمبر، اس کا پتہ یا اس کا نام
cli-arg-search-exact = تہہ کیے بغیر تلاش (اعراب، حروف کی شکلیں، ہندسے اور بڑے چھوٹے حروف ملنے چاہییں)
cli-arg-search-feed = صرف یہ فیڈ (نمبر، پتہ یا نام)
cli-arg-search-json = نتائج JSON کی صورت میں چھاپیں
cli-arg-search-limit = زیادہ سے زیادہ اتنے نتائج (0: سب)
cli-arg-search-loose = ایسی تلاش جو ہمزہ کی کرسیوں اور عبرانی کے آخری حروف کو بھی تہہ کرے
cli-arg-search-query = کیا تلاش کرنا ہے (`re:` ریگولر ایکسپریشن شروع کرتا ہے)
cli-arg-search-rank = نتائج کی ترتیب
cli-arg-search-rank-date = سب سے نئے پہلے
cli-arg-search-rank-relevance = سب سے اچھی مطابقت پہلے (FTS5 کا bm25)
cli-arg-search-since = صرف اس تاریخ (YYYY-MM-DD) کے بعد کے، یا پچھلے اتنے دنوں (7d) کے اندراجات
cli-arg-search-unread = صرف بغیر پڑھے اندراجات
cli-arg-shape = عربی حروف کو نمائشی شکلوں میں جوڑنا، ان ٹرمینلز کے لیے جو خود نہیں جوڑتے [طے شدہ: on]
cli-arg-update-feeds = صرف یہ فیڈز (نمبر، پتہ یا نام)؛ طے شدہ طور پر سب
cli-arg-update-jobs = ایک ساتھ لائی جانے والی فیڈز کی تعداد
cli-arg-update-timeout = ایک فیڈ کی وقت کی حد، سیکنڈوں میں (رابطہ، جواب اور اس کا مواد)
cli-arg-vacuum-include-unread = بغیر پڑھے اندراجات بھی جانے دیں (محفوظ ہمیشہ رہتے ہیں)
cli-arg-vacuum-keep-days = اتنے دنوں سے نئے اندراجات رکھیں [طے شدہ: `[store] keep_days`]
cli-arg-vacuum-keep-items = ہر فیڈ کے زیادہ سے زیادہ اتنے اندراجات رکھیں [طے شدہ: `[store] keep_items`]
cli-cmd-add = کسی فیڈ (RSS، Atom یا JSON Feed) کی سبسکرپشن لیں؛ `khabar update` کمانڈ اسے لاتی ہے
cli-cmd-completions = SHELL کے لیے khabar کی شیل تکمیلات چھاپیں (bash، zsh، fish، elvish، powershell)
cli-cmd-config = دکھائیں کہ کنفیگ فائل کہاں سے پڑھی جاتی ہے؛ `--print` مؤثر کنفیگ چھاپتا ہے
cli-cmd-doctor = یہ ٹرمینل دائیں سے بائیں تحریر کے ساتھ کیا کرتا ہے، کون سا سمتی موڈ چنا گیا اور کیوں
cli-cmd-dump = مضامین سادہ متن (ترتیب دیے ہوئے) یا JSON کی صورت میں چھاپیں
cli-cmd-export = سبسکرپشنز OPML 2.0 کی صورت میں چھاپیں (یا FILE میں لکھیں)
cli-cmd-feeds = سبسکرپشنز کی فہرست: نمبر، نام، بغیر پڑھے اور محفوظ اندراجات، پتہ، آخری مسئلہ
cli-cmd-help = یہ مدد یا بتائی گئی ذیلی کمانڈ کی مدد چھاپیں
cli-cmd-import = کسی OPML فائل کی ہر فیڈ کی سبسکرپشن لیں (`-` اسٹینڈرڈ ان پٹ پڑھتا ہے)
cli-cmd-layout = متن ترتیب دیں: ان پٹ کی ہر سطر ایک پیراگراف ہے، جو اسکرین کی سطروں کی صورت میں چھپتا ہے
cli-cmd-man = اس پروگرام (khabar) کا مینول صفحہ چھاپیں (roff، `man -l -` کے لیے)
cli-cmd-remove = کسی فیڈ کی سبسکرپشن ختم کریں؛ اس کے اندراجات بھی جاتے ہیں، سوائے محفوظ کے
cli-cmd-search = ہر محفوظ مضمون میں تلاش (`/` کی طرح تہہ کر کے): سرخی، فیڈ، تاریخ، مطابق سطر
cli-cmd-update = ہر سبسکرپشن (یا بتائی گئی) لائیں اور نئے اندراجات محفوظ کریں
cli-cmd-vacuum = وہ اندراجات ہٹائیں جو رکھنے کے اصول نہیں رکھتے (کنفیگ میں `[store]`)، پھر ذخیرہ سکیڑیں
cli-examples =
    مثالیں:
      khabar                                  سبسکرپشنز، یا ساتھ آنے والے مضامین
      khabar article.html notes/ https://example.org/news/1
                                              فائلیں، فولڈر اور ویب صفحات کھولیں
      khabar bundled:                         khabar کے ساتھ آنے والے مضامین
      khabar dump --width 60 article.txt      ترتیب دیا ہوا مضمون متن کی صورت میں چھاپیں
      khabar dump --search 'الصين' notes/     ہر فائل میں مطابقتیں گنیں اور دکھائیں
      khabar layout --width 60 < text.txt     کسی متن کی ہر سطر ترتیب دیں
      khabar config --print                   مؤثر کنفیگ چھاپیں
      khabar doctor                           یہ ٹرمینل دائیں سے بائیں تحریر کیسے دکھاتا ہے، اور چنا گیا موڈ
      khabar add https://example.org/feed.xml  کسی فیڈ کی سبسکرپشن لیں
      khabar update                           ہر سبسکرپشن لائیں
      khabar feeds                            سبسکرپشنز کی فہرست
      khabar remove 3                         فیڈ نمبر 3 کی سبسکرپشن ختم کریں
      khabar import feeds.opml                کسی OPML فائل کی ہر فیڈ کی سبسکرپشن لیں
      khabar export feeds.opml                سبسکرپشنز OPML کی صورت میں لکھیں
      khabar search 'الزلزال' --since 30d     ہر محفوظ مضمون میں تلاش
      khabar vacuum --keep-days 90            پرانے پڑھے ہوئے اندراجات ہٹائیں، ذخیرہ سکیڑیں
      khabar completions bash > ~/.local/share/bash-completion/completions/khabar
      khabar man > khabar.1                   مینول صفحہ

    خروج کی حالت: 0 کام ہو گیا، 1 غلطی (کوئی فائل یا پتہ جو پڑھا نہ جا سکا، لانے میں ناکامی)،
    2 استعمال کی غلطی (نامعلوم آپشن، خراب یا غائب --config فائل)۔
cli-flag-help = مدد چھاپیں
cli-flag-help-more = مدد چھاپیں (مزید '--help' کے ساتھ)
cli-flag-help-summary = مدد چھاپیں (خلاصہ '-h' کے ساتھ)
cli-flag-version = ورژن چھاپیں
cli-heading-usage = استعمال:
cli-heading-commands = کمانڈز:
cli-heading-arguments = آرگیومنٹس:
cli-heading-options = آپشنز:
cli-default = [طے شدہ: { $value }]
cli-possible = [ممکنہ قدریں: { $values }]
cli-value-with-help = { $value } ({ $help })
cli-error-unknown-argument = غلطی: آرگیومنٹ «{ $arg }» نامعلوم ہے
cli-error-unknown-subcommand = غلطی: «{ $arg }» نام کی کوئی ذیلی کمانڈ نہیں
cli-error-invalid-value = غلطی: «{ $arg }» کے لیے قدر «{ $value }» درست نہیں
cli-error-invalid-value-why = غلطی: «{ $arg }» کے لیے قدر «{ $value }» درست نہیں: { $reason }
cli-error-out-of-range = غلطی: «{ $arg }» کے لیے قدر «{ $value }» درست نہیں: { $low } سے { $high } تک کا کوئی عدد چاہیے
cli-error-not-a-number = غلطی: «{ $arg }» کے لیے قدر «{ $value }» درست نہیں: کوئی پورا عدد چاہیے
cli-error-missing = غلطی: یہ لازمی آرگیومنٹس نہیں دیے گئے:
cli-error-missing-subcommand = غلطی: «{ $arg }» کو ذیلی کمانڈ چاہیے
cli-error-conflict = غلطی: «{ $arg }» کو «{ $prior }» کے ساتھ استعمال نہیں کیا جا سکتا
cli-error-repeated = غلطی: «{ $arg }» ایک سے زیادہ بار نہیں دیا جا سکتا
cli-error-too-many = غلطی: «{ $arg }» کے لیے غیر متوقع قدر «{ $value }»؛ مزید قدروں کی توقع نہیں تھی
cli-error-values-count = غلطی: آرگیومنٹ «{ $arg }» قدروں کی کوئی اور تعداد لیتا ہے
cli-error-no-equals = غلطی: «{ $arg }» کو قدر دینے کے لیے برابر کا نشان چاہیے
cli-error-utf8 = غلطی: کوئی آرگیومنٹ درست UTF-8 نہیں
cli-error-other = غلطی: { $reason }
cli-tip-subcommand = مشورہ: ملتی جلتی ذیلی کمانڈ موجود ہے: «{ $arg }»
cli-tip-argument = مشورہ: ملتا جلتا آرگیومنٹ موجود ہے: «{ $arg }»
cli-tip-value = مشورہ: ملتی جلتی قدر موجود ہے: «{ $arg }»
cli-tip-dash = مشورہ: «{ $arg }» کو قدر کے طور پر دینے کے لیے «{ $escaped }» لکھیں
cli-error-usage = استعمال: { $usage }
cli-error-help = مزید معلومات کے لیے «{ $help }» آزمائیں۔
