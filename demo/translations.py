"""The demo's translations, written for the purpose: {language: {Dutch string: translation}}.

Keys are the Dutch source strings of the pages (wagtail-localize's segments: a title, an intro,
one paragraph or list item of a body). A string missing here stays Dutch on the translated page.
Names of places, organisations and of the programme itself (Aan de Slag) are not translated.
"""

from . import content
from .content import MUNICIPALITIES

# The languages of each site's translated news item, practice example, event and standard page
# (homes and sections are in every language).
ITEM_LANGUAGES = ["en", "ar", "uk"]

# Homes and sections, in every language. A text with {place} is one string per municipality.
SECTIONS = {
    "Gemeenten": {
        "en": "Municipalities",
        "ar": "البلديات",
        "uk": "Муніципалітети",
        "fa": "شهرداری‌ها",
        "ti": "ምምሕዳራት",
        "tr": "Belediyeler",
    },
    content.NATIONAL_INTRO: {
        "en": "Aan de Slag brings residents of asylum seekers' centres and Dutch volunteers "
        "together. In small groups they do volunteer work side by side: in the community "
        "garden, at the sports club, in care or at a festival.",
        "ar": "يجمع Aan de Slag سكان مراكز طالبي اللجوء ومتطوعين هولنديين. يعملون معًا في "
        "مجموعات صغيرة في العمل التطوعي: في حديقة الحي، أو في النادي الرياضي، أو في مجال "
        "الرعاية، أو في مهرجان.",
        "uk": "Aan de Slag об'єднує мешканців центрів для шукачів притулку та нідерландських "
        "волонтерів. Невеликими групами вони разом займаються волонтерством: у сусідському "
        "саду, у спортивному клубі, у сфері догляду чи на фестивалі.",
        "fa": "Aan de Slag ساکنان مراکز پناهجویان و داوطلبان هلندی را کنار هم می‌آورد. آن‌ها در "
        "گروه‌های کوچک با هم کار داوطلبانه می‌کنند: در باغ محله، در باشگاه ورزشی، در بخش "
        "مراقبت یا در یک جشنواره.",
        "ti": "Aan de Slag ነበርቲ መዓስከር ሓተትቲ ዑቕባን ሆላንዳውያን ወለንተኛታትን የራኽብ። ብንኣሽቱ "
        "ጉጅለታት ብሓባር ወለንተኛ ስራሕ ይሰርሑ፡ ኣብ ናይ ከባቢ ጀርዲን፣ ኣብ ክለብ ስፖርት፣ ኣብ ክንክን ወይ "
        "ኣብ ፌስቲቫል።",
        "tr": "Aan de Slag, sığınmacı merkezlerinde yaşayanları ve Hollandalı gönüllüleri bir "
        "araya getirir. Küçük gruplar hâlinde birlikte gönüllü çalışırlar: mahalle bahçesinde, "
        "spor kulübünde, bakım alanında ya da bir festivalde.",
    },
    "Nieuws": {
        "en": "News",
        "ar": "الأخبار",
        "uk": "Новини",
        "fa": "اخبار",
        "ti": "ዜና",
        "tr": "Haberler",
    },
    "Het laatste nieuws over Aan de Slag.": {
        "en": "The latest news about Aan de Slag.",
        "ar": "آخر الأخبار عن Aan de Slag.",
        "uk": "Останні новини про Aan de Slag.",
        "fa": "تازه‌ترین خبرها درباره Aan de Slag.",
        "ti": "ሓደሽቲ ዜናታት ብዛዕባ Aan de Slag።",
        "tr": "Aan de Slag hakkında en son haberler.",
    },
    "Blogs": {
        "en": "Blogs",
        "ar": "المدوّنات",
        "uk": "Блоги",
        "fa": "وبلاگ‌ها",
        "ti": "ብሎግታት",
        "tr": "Bloglar",
    },
    "Ervaringen van deelnemers en vrijwilligers.": {
        "en": "Stories from participants and volunteers.",
        "ar": "تجارب المشاركين والمتطوعين.",
        "uk": "Досвід учасників і волонтерів.",
        "fa": "تجربه‌های شرکت‌کنندگان و داوطلبان.",
        "ti": "ተሞክሮታት ተሳተፍትን ወለንተኛታትን።",
        "tr": "Katılımcıların ve gönüllülerin deneyimleri.",
    },
    "Praktijkvoorbeelden": {
        "en": "Practice examples",
        "ar": "أمثلة من الواقع",
        "uk": "Приклади з практики",
        "fa": "نمونه‌های عملی",
        "ti": "ኣብነታት ካብ ተግባር",
        "tr": "Uygulama örnekleri",
    },
    "Zo werkt Aan de Slag in de praktijk: voorbeelden uit gemeenten.": {
        "en": "How Aan de Slag works in practice: examples from municipalities.",
        "ar": "هكذا يعمل Aan de Slag على أرض الواقع: أمثلة من البلديات.",
        "uk": "Як Aan de Slag працює на практиці: приклади з муніципалітетів.",
        "fa": "Aan de Slag در عمل این‌گونه کار می‌کند: نمونه‌هایی از شهرداری‌ها.",
        "ti": "Aan de Slag ብተግባር ከመይ ከም ዝሰርሕ፡ ካብ ምምሕዳራት ዝመጹ ኣብነታት።",
        "tr": "Aan de Slag uygulamada böyle işliyor: belediyelerden örnekler.",
    },
    "Kalender": {
        "en": "Calendar",
        "ar": "التقويم",
        "uk": "Календар",
        "fa": "تقویم",
        "ti": "መደብ ንጥፈታት",
        "tr": "Takvim",
    },
    "Activiteiten van Aan de Slag in het hele land.": {
        "en": "Aan de Slag activities all over the country.",
        "ar": "أنشطة Aan de Slag في كل أنحاء البلاد.",
        "uk": "Заходи Aan de Slag по всій країні.",
        "fa": "فعالیت‌های Aan de Slag در سراسر کشور.",
        "ti": "ንጥፈታት Aan de Slag ኣብ መላእ ሃገር።",
        "tr": "Ülkenin her yerinden Aan de Slag etkinlikleri.",
    },
    "Wandelen, koken, tuinieren en meer: doe mee in {place}.": {
        "en": "Walking, cooking, gardening and more: join in, in {place}.",
        "ar": "المشي والطبخ والبستنة وأكثر: شارك معنا في {place}.",
        "uk": "Прогулянки, кулінарія, садівництво та інше: долучайся в {place}.",
        "fa": "پیاده‌روی، آشپزی، باغبانی و بیشتر: در {place} به ما بپیوند.",
        "ti": "ብእግሪ ምኻድ፣ ምብሳል፣ ኣትክልቲ ምትካልን ካልእን፡ ኣብ {place} ተሳተፍ።",
        "tr": "Yürüyüş, yemek, bahçe işleri ve daha fazlası: {place} bölgesinde sen de katıl.",
    },
    "Prikbord": {
        "en": "Notice board",
        "ar": "لوحة الإعلانات",
        "uk": "Дошка оголошень",
        "fa": "تابلوی اعلانات",
        "ti": "ሰሌዳ ምልክታ",
        "tr": "İlan panosu",
    },
    "Vragen, aanbod en oproepen uit het hele land.": {
        "en": "Questions, offers and calls from all over the country.",
        "ar": "أسئلة وعروض ونداءات من كل أنحاء البلاد.",
        "uk": "Запитання, пропозиції та оголошення з усієї країни.",
        "fa": "پرسش‌ها، پیشنهادها و فراخوان‌ها از سراسر کشور.",
        "ti": "ሕቶታት፣ ዝቐርቡ ሓገዛትን ጻውዒታትን ካብ መላእ ሃገር።",
        "tr": "Ülkenin her yerinden sorular, teklifler ve çağrılar.",
    },
    "Vragen, aanbod en oproepen van deelnemers en vrijwilligers in {place}.": {
        "en": "Questions, offers and calls from participants and volunteers in {place}.",
        "ar": "أسئلة وعروض ونداءات من المشاركين والمتطوعين في {place}.",
        "uk": "Запитання, пропозиції та оголошення від учасників і волонтерів у {place}.",
        "fa": "پرسش‌ها، پیشنهادها و فراخوان‌های شرکت‌کنندگان و داوطلبان در {place}.",
        "ti": "ሕቶታት፣ ዝቐርቡ ሓገዛትን ጻውዒታትን ካብ ተሳተፍትን ወለንተኛታትን ኣብ {place}።",
        "tr": "{place} bölgesindeki katılımcılardan ve gönüllülerden sorular, teklifler ve "
        "çağrılar.",
    },
    "Deelnemers": {
        "en": "Participants",
        "ar": "المشاركون",
        "uk": "Учасники",
        "fa": "شرکت‌کنندگان",
        "ti": "ተሳተፍቲ",
        "tr": "Katılımcılar",
    },
    "Deelnemers en vrijwilligers van Aan de Slag in het hele land.": {
        "en": "Participants and volunteers of Aan de Slag all over the country.",
        "ar": "المشاركون والمتطوعون في Aan de Slag في كل أنحاء البلاد.",
        "uk": "Учасники й волонтери Aan de Slag по всій країні.",
        "fa": "شرکت‌کنندگان و داوطلبان Aan de Slag در سراسر کشور.",
        "ti": "ተሳተፍትን ወለንተኛታትን Aan de Slag ኣብ መላእ ሃገር።",
        "tr": "Ülkenin her yerinden Aan de Slag katılımcıları ve gönüllüleri.",
    },
    "Deelnemers en vrijwilligers van Aan de Slag in {place}.": {
        "en": "Participants and volunteers of Aan de Slag in {place}.",
        "ar": "المشاركون والمتطوعون في Aan de Slag في {place}.",
        "uk": "Учасники й волонтери Aan de Slag у {place}.",
        "fa": "شرکت‌کنندگان و داوطلبان Aan de Slag در {place}.",
        "ti": "ተሳተፍትን ወለንተኛታትን Aan de Slag ኣብ {place}።",
        "tr": "{place} bölgesindeki Aan de Slag katılımcıları ve gönüllüleri.",
    },
    "Instrumenten": {
        "en": "Tools",
        "ar": "الأدوات",
        "uk": "Інструменти",
        "fa": "ابزارها",
        "ti": "መሳርሒታት",
        "tr": "Araçlar",
    },
    "Handreikingen, checklists en trainingen voor wie Aan de Slag wil organiseren.": {
        "en": "Guides, checklists and training for anyone who wants to organise Aan de Slag.",
        "ar": "أدلة وقوائم تحقق ودورات تدريبية لكل من يريد تنظيم Aan de Slag.",
        "uk": "Посібники, чеклісти й навчання для всіх, хто хоче організувати Aan de Slag.",
        "fa": "راهنماها، چک‌لیست‌ها و آموزش‌ها برای کسانی که می‌خواهند Aan de Slag را برگزار کنند.",
        "ti": "መምርሒታት፣ ዝርዝራት መቆጻጸሪን ስልጠናታትን ነቶም Aan de Slag ከዳልዉ ዝደልዩ።",
        "tr": "Aan de Slag düzenlemek isteyenler için rehberler, kontrol listeleri ve eğitimler.",
    },
}


def _inner(html):
    """The text of a one-paragraph rich text value: its segment."""
    return html.removeprefix("<p>").removesuffix("</p>")


# One news item, practice example, event and standard page of each site, in ITEM_LANGUAGES.
ITEMS = {
    # The national standard page "Over het programma".
    "Over het programma": {
        "en": "About the programme",
        "ar": "عن البرنامج",
        "uk": "Про програму",
    },
    "Aan de Slag helpt bewoners van azc's om actief mee te doen in hun nieuwe omgeving.": {
        "en": "Aan de Slag helps residents of asylum seekers' centres to take an active part in "
        "their new surroundings.",
        "ar": "يساعد Aan de Slag سكان مراكز طالبي اللجوء على المشاركة بنشاط في محيطهم الجديد.",
        "uk": "Aan de Slag допомагає мешканцям центрів для шукачів притулку активно долучатися "
        "до життя на новому місці.",
    },
    content.NATIONAL_PAGES[0][4][0]: {
        "en": "Volunteering in small groups gives the day structure, new contacts and a place to "
        "practise Dutch. Dutch volunteers work side by side with newcomers, so people meet "
        "naturally.",
        "ar": "العمل التطوعي في مجموعات صغيرة يمنح اليوم نظامًا وتعارفًا جديدًا ومكانًا لممارسة "
        "اللغة الهولندية. يعمل المتطوعون الهولنديون جنبًا إلى جنب مع القادمين الجدد، فيحدث "
        "اللقاء بشكل طبيعي.",
        "uk": "Волонтерство в невеликих групах дає дню розпорядок, нові знайомства й можливість "
        "практикувати нідерландську. Нідерландські волонтери працюють пліч-о-пліч із "
        "новоприбулими, тож знайомство відбувається саме собою.",
    },
    content.NATIONAL_PAGES[0][4][1]: {
        "en": "The programme started in Utrecht and Nijmegen. Municipalities in every province "
        "now take part, each with its own project team.",
        "ar": "بدأ البرنامج في أوترخت ونايميخن. واليوم تشارك فيه بلديات في جميع المقاطعات، "
        "ولكل منها فريق مشروع خاص بها.",
        "uk": "Програма почалася в Утрехті та Неймегені. Тепер у ній беруть участь "
        "муніципалітети в усіх провінціях, кожен зі своєю проєктною командою.",
    },
    # The national news item shown on every site.
    "Aan de Slag groeit: nieuwe gemeenten doen mee": {
        "en": "Aan de Slag is growing: new municipalities join",
        "ar": "Aan de Slag يكبر: بلديات جديدة تنضم",
        "uk": "Aan de Slag зростає: долучаються нові муніципалітети",
    },
    "Steeds meer gemeenten starten met Aan de Slag. Zo komen er overal groepjes bij.": {
        "en": "More and more municipalities are starting Aan de Slag, so new groups are forming "
        "everywhere.",
        "ar": "تبدأ بلديات أكثر فأكثر برنامج Aan de Slag، فتتكوّن مجموعات جديدة في كل مكان.",
        "uk": "Дедалі більше муніципалітетів запускають Aan de Slag, тож усюди з'являються нові "
        "групи.",
    },
    content.NATIONAL_NEWS[0][2][0]: {
        "en": "After Utrecht and Nijmegen, municipalities in every province now take part. "
        "Volunteer centres, COA and local organisations work together to make it happen.",
        "ar": "بعد أوترخت ونايميخن، تشارك الآن بلديات في جميع المقاطعات. وتتعاون في ذلك مراكز "
        "التطوع والهيئة المركزية لاستقبال طالبي اللجوء (COA) والمنظمات المحلية.",
        "uk": "Після Утрехта й Неймегена до програми долучилися муніципалітети в усіх "
        "провінціях. Для цього об'єднують зусилля волонтерські центри, COA та місцеві "
        "організації.",
    },
    # The national practice example, shown on every site.
    content.PRACTICE["title"]: {
        "en": "Aan de Slag: volunteering by residents of asylum seekers' centres",
        "ar": "Aan de Slag: عمل تطوعي يقوم به سكان مراكز طالبي اللجوء",
        "uk": "Aan de Slag: волонтерство мешканців центрів для шукачів притулку",
    },
    content.PRACTICE["summary"]: {
        "en": "Residents of asylum seekers' centres volunteer in small groups, together with "
        "Dutch volunteers. Local volunteer centres organise this with community organisations. "
        "This way newcomers stay active and get to know the Netherlands and the language.",
        "ar": "يقوم سكان مراكز طالبي اللجوء بعمل تطوعي في مجموعات صغيرة مع متطوعين هولنديين. "
        "تنظّم مراكز التطوع المحلية ذلك بالتعاون مع منظمات المجتمع. هكذا يبقى القادمون الجدد "
        "نشيطين ويتعرفون على هولندا وعلى اللغة.",
        "uk": "Мешканці центрів для шукачів притулку волонтерять невеликими групами разом із "
        "нідерландськими волонтерами. Місцеві волонтерські центри організовують це разом із "
        "громадськими організаціями. Так новоприбулі залишаються активними й знайомляться з "
        "Нідерландами та мовою.",
    },
    _inner(content.PRACTICE["why_and_goal"]): {
        "en": "Waiting in an asylum seekers' centre makes people passive. The aim is for "
        "residents to be active, contribute, meet Dutch people, learn Dutch and discover the "
        "Netherlands. That is good for their health and resilience.",
        "ar": "الانتظار في مركز لطالبي اللجوء يجعل الإنسان خاملًا. الهدف أن يكون السكان نشيطين، "
        "وأن يساهموا، ويلتقوا بالهولنديين، ويتعلموا الهولندية، ويكتشفوا هولندا. وهذا مفيد "
        "لصحتهم ولقدرتهم على الصمود.",
        "uk": "Очікування в центрі для шукачів притулку робить людей пасивними. Мета в тому, "
        "щоб мешканці були активними, робили свій внесок, знайомилися з нідерландцями, "
        "вивчали нідерландську й відкривали для себе країну. Це корисно для їхнього здоров'я "
        "та стійкості.",
    },
    _inner(content.PRACTICE["approach"]): {
        "en": "The volunteer centre finds tasks at organisations in the neighbourhood and forms "
        "groups of two to six people: residents and Dutch volunteers together. The groups work "
        "outdoors in green spaces, in care, at sports clubs and at events.",
        "ar": "يبحث مركز التطوع عن مهام لدى منظمات في الحي، ويكوّن مجموعات من شخصين إلى ستة "
        "أشخاص: سكان ومتطوعون هولنديون معًا. تعمل المجموعات في المساحات الخضراء، وفي الرعاية، "
        "وفي النوادي الرياضية، وفي الفعاليات.",
        "uk": "Волонтерський центр шукає завдання в організаціях по сусідству й формує групи "
        "від двох до шести людей: мешканці та нідерландські волонтери разом. Групи працюють "
        "у зелених зонах, у сфері догляду, у спортивних клубах і на заходах.",
    },
    _inner(content.PRACTICE["results"]): {
        "en": "More than 16,000 matches have been made between residents and volunteer work. "
        "Participants say they feel healthier and speak more Dutch.",
        "ar": "تمّ أكثر من 16.000 ربط بين السكان والعمل التطوعي. ويقول المشاركون إنهم يشعرون "
        "بصحة أفضل ويتحدثون الهولندية أكثر.",
        "uk": "Понад 16 000 разів мешканців поєднали з волонтерською роботою. Учасники кажуть, "
        "що почуваються здоровішими й більше говорять нідерландською.",
    },
    content.PRACTICE["target_group"]: {
        "en": "Residents of asylum seekers' centres and Dutch volunteers",
        "ar": "سكان مراكز طالبي اللجوء والمتطوعون الهولنديون",
        "uk": "Мешканці центрів для шукачів притулку та нідерландські волонтери",
    },
    # The Meedoen page of every municipality.
    "Meedoen": {"en": "Join in", "ar": "شارك معنا", "uk": "Долучайся"},
    "Zo doe je mee met Aan de Slag in {place}.": {
        "en": "How to join Aan de Slag in {place}.",
        "ar": "هكذا تشارك في Aan de Slag في {place}.",
        "uk": "Як долучитися до Aan de Slag у {place}.",
    },
    "Wie kan meedoen?": {
        "en": "Who can join?",
        "ar": "من يمكنه المشاركة؟",
        "uk": "Хто може долучитися?",
    },
    "Iedereen is welkom: bewoners van het azc en inwoners van {place} die samen met "
    "nieuwkomers aan de slag willen. Je hoeft nog geen Nederlands te spreken.": {
        "en": "Everyone is welcome: residents of the asylum seekers' centre and people living in "
        "{place} who want to get to work together with newcomers. You don't need to speak "
        "Dutch yet.",
        "ar": "الجميع مرحَّب بهم: سكان مركز طالبي اللجوء وسكان {place} الذين يريدون العمل معًا "
        "مع القادمين الجدد. لا يلزمك أن تتكلم الهولندية بعد.",
        "uk": "Ласкаво просимо всіх: мешканців центру для шукачів притулку та жителів {place}, "
        "які хочуть працювати разом із новоприбулими. Говорити нідерландською поки не "
        "обов'язково.",
    },
    "Zo werkt het": {"en": "How it works", "ar": "كيف يعمل ذلك", "uk": "Як це працює"},
    "Je maakt kennis met het projectteam en vertelt wat je leuk vindt.": {
        "en": "You meet the project team and tell them what you like doing.",
        "ar": "تتعرّف على فريق المشروع وتخبرهم بما تحب أن تفعله.",
        "uk": "Ти знайомишся з проєктною командою й розповідаєш, що тобі подобається.",
    },
    "Samen zoeken we een klus: in het groen, in de zorg, bij een sportclub of op een evenement.": {
        "en": "Together we look for a task: outdoors, in care, at a sports club or at an event.",
        "ar": "نبحث معًا عن مهمة: في المساحات الخضراء، أو في الرعاية، أو في نادٍ رياضي، أو في "
        "فعالية.",
        "uk": "Разом ми шукаємо завдання: на природі, у сфері догляду, у спортивному клубі чи "
        "на заході.",
    },
    "Je gaat aan de slag in een vast groepje, eenmalig of elke week.": {
        "en": "You start in a regular small group, once or every week.",
        "ar": "تبدأ العمل في مجموعة صغيرة ثابتة، مرة واحدة أو كل أسبوع.",
        "uk": "Ти працюєш у постійній невеликій групі, один раз або щотижня.",
    },
    "Contact": {"en": "Contact", "ar": "التواصل", "uk": "Контакти"},
}

# Each site's first event: {Dutch title or intro: {language: translation}}.
EVENTS = {
    "Landelijke Aan de Slag-dag": {
        "en": "National Aan de Slag day",
        "ar": "يوم Aan de Slag الوطني",
        "uk": "Національний день Aan de Slag",
    },
    "Deelnemers, vrijwilligers en gemeenten uit het hele land ontmoeten elkaar: workshops, "
    "verhalen en een markt met praktijkvoorbeelden.": {
        "en": "Participants, volunteers and municipalities from all over the country meet: "
        "workshops, stories and a market of practice examples.",
        "ar": "يلتقي المشاركون والمتطوعون والبلديات من كل أنحاء البلاد: ورش عمل وقصص وسوق "
        "لأمثلة من الواقع.",
        "uk": "Учасники, волонтери й муніципалітети з усієї країни зустрічаються: майстер-класи, "
        "історії та ярмарок прикладів із практики.",
    },
    "Wandelclub vanuit het AZC": {
        "en": "Walking club from the asylum seekers' centre",
        "ar": "نادي المشي من مركز طالبي اللجوء",
        "uk": "Клуб прогулянок від центру для шукачів притулку",
    },
    "Elke dinsdag en donderdag lopen bewoners en buurtgenoten samen een rondje van een uur. "
    "Iedereen is welkom, ook als je nog geen Nederlands spreekt.": {
        "en": "Every Tuesday and Thursday, residents and neighbours walk together for an hour. "
        "Everyone is welcome, even if you don't speak Dutch yet.",
        "ar": "كل يوم ثلاثاء وخميس يمشي السكان والجيران معًا لمدة ساعة. الجميع مرحَّب بهم، حتى "
        "لو كنت لا تتكلم الهولندية بعد.",
        "uk": "Щовівторка й щочетверга мешканці та сусіди годину гуляють разом. Ласкаво просимо "
        "всіх, навіть якщо ти ще не говориш нідерландською.",
    },
    "Tuindag in de buurtmoestuin": {
        "en": "Garden day in the community vegetable garden",
        "ar": "يوم العمل في حديقة خضار الحي",
        "uk": "День саду на сусідському городі",
    },
    "Elke eerste zaterdag van de maand werken we samen in de moestuin. Handschoenen en "
    "gereedschap zijn er.": {
        "en": "Every first Saturday of the month we work together in the vegetable garden. "
        "Gloves and tools are provided.",
        "ar": "في أول سبت من كل شهر نعمل معًا في حديقة الخضار. القفازات والأدوات متوفرة.",
        "uk": "Кожної першої суботи місяця ми разом працюємо на городі. Рукавиці та "
        "інструменти є на місці.",
    },
    "Fietsles voor beginners": {
        "en": "Cycling lessons for beginners",
        "ar": "دروس ركوب الدراجة للمبتدئين",
        "uk": "Уроки їзди на велосипеді для початківців",
    },
    "In acht lessen leer je veilig fietsen in de stad, in een kleine groep.": {
        "en": "In eight lessons you learn to cycle safely in the city, in a small group.",
        "ar": "في ثمانية دروس تتعلم ركوب الدراجة بأمان في المدينة، ضمن مجموعة صغيرة.",
        "uk": "За вісім уроків ти навчишся безпечно їздити містом на велосипеді, у невеликій "
        "групі.",
    },
    "Repaircafé in het buurthuis": {
        "en": "Repair café at the community centre",
        "ar": "مقهى التصليح في مركز الحي",
        "uk": "Ремонтне кафе в будинку громади",
    },
    "Breng je kapotte fiets, lamp of broek mee: samen maken we hem weer heel.": {
        "en": "Bring your broken bike, lamp or trousers: together we'll fix them.",
        "ar": "أحضر دراجتك أو مصباحك أو بنطالك المعطوب، وسنصلحه معًا.",
        "uk": "Приноси зламаний велосипед, лампу чи штани: разом ми їх полагодимо.",
    },
    "Boeken sorteren voor de boekenmarkt": {
        "en": "Sorting books for the book market",
        "ar": "فرز الكتب لسوق الكتب",
        "uk": "Сортування книжок для книжкового ярмарку",
    },
    "De grootste boekenmarkt van Europa begint in het depot: help mee met sorteren en prijzen.": {
        "en": "Europe's largest book market starts in the depot: help sort and price the books.",
        "ar": "أكبر سوق للكتب في أوروبا يبدأ في المستودع: ساعد في فرز الكتب وتسعيرها.",
        "uk": "Найбільший книжковий ярмарок Європи починається на складі: допоможи сортувати "
        "книжки й ставити ціни.",
    },
    "Kringloopmiddag: sorteren en prijzen": {
        "en": "Afternoon at the second-hand shop: sorting and pricing",
        "ar": "ظهيرة في متجر المستعمل: فرز وتسعير",
        "uk": "День у секонд-хенді: сортування та ціни",
    },
    "Samen spullen sorteren en prijzen in de kringloopwinkel. Je leert veel nieuwe woorden.": {
        "en": "Sorting and pricing goods together in the second-hand shop. You learn lots of new "
        "words.",
        "ar": "نفرز الأغراض ونسعّرها معًا في متجر المستعمل. ستتعلم كلمات جديدة كثيرة.",
        "uk": "Разом сортуємо речі й ставимо ціни в магазині вживаних речей. Ти вивчиш багато "
        "нових слів.",
    },
    "Heidebeheer in het Fochteloërveen": {
        "en": "Looking after the heath in the Fochteloërveen",
        "ar": "العناية بالأراضي العشبية في Fochteloërveen",
        "uk": "Догляд за пустищем у Фохтелоервені",
    },
    "Met de boswachter berkjes trekken op de heide. Laarzen en soep zijn er.": {
        "en": "Pulling up young birches on the heath with the ranger. Boots and soup are provided.",
        "ar": "نقتلع أشجار البتولا الصغيرة من الأرض العشبية مع حارس الغابة. الأحذية الطويلة "
        "والحساء متوفرة.",
        "uk": "Разом із лісником висмикуємо молоді берізки на пустищі. Гумові чоботи й суп є.",
    },
    "Strand schoonmaken op Walcheren": {
        "en": "Cleaning the beach on Walcheren",
        "ar": "تنظيف الشاطئ في Walcheren",
        "uk": "Прибирання пляжу на Валхерені",
    },
    "Een ochtend afval rapen op het strand, daarna samen frietjes eten.": {
        "en": "A morning picking up litter on the beach, then chips together.",
        "ar": "صباح نجمع فيه النفايات على الشاطئ، ثم نأكل البطاطا المقلية معًا.",
        "uk": "Ранок збирання сміття на пляжі, а потім разом їмо картоплю фрі.",
    },
    "Buurtmaaltijd in Noord: koken en opbouwen": {
        "en": "Neighbourhood meal in Noord: cooking and setting up",
        "ar": "وجبة الحي في Noord: طبخ وتجهيز",
        "uk": "Сусідська вечеря в Норді: готуємо й облаштовуємо",
    },
    "Samen koken voor veertig buren, de tafels dekken en na afloop de afwas doen.": {
        "en": "Cooking together for forty neighbours, laying the tables and doing the dishes "
        "afterwards.",
        "ar": "نطبخ معًا لأربعين جارًا، ونجهّز الطاولات، ونغسل الصحون بعد ذلك.",
        "uk": "Разом готуємо для сорока сусідів, накриваємо столи, а потім миємо посуд.",
    },
    "Meehelpen op de zorgboerderij": {
        "en": "Helping out at the care farm",
        "ar": "المساعدة في مزرعة الرعاية",
        "uk": "Допомога на соціальній фермі",
    },
    "De dieren voeren en de stal uitmesten, samen met de bewoners van de zorgboerderij.": {
        "en": "Feeding the animals and mucking out the stable, together with the residents of "
        "the care farm.",
        "ar": "نطعم الحيوانات وننظف الإسطبل، مع سكان مزرعة الرعاية.",
        "uk": "Годуємо тварин і прибираємо в стайні разом із мешканцями соціальної ферми.",
    },
    "Dieren verzorgen op de stadsboerderij": {
        "en": "Caring for animals at the city farm",
        "ar": "رعاية الحيوانات في مزرعة المدينة",
        "uk": "Догляд за тваринами на міській фермі",
    },
    "Geiten voeren, de kippenren schoonmaken en bezoekers de weg wijzen in Nieuw-West.": {
        "en": "Feeding goats, cleaning the chicken run and showing visitors the way in Nieuw-West.",
        "ar": "نطعم الماعز وننظف حظيرة الدجاج ونرشد الزوار في Nieuw-West.",
        "uk": "Годуємо кіз, прибираємо курник і показуємо відвідувачам дорогу в Ньїв-Весті.",
    },
    "Koffie-ochtend in het verzorgingshuis": {
        "en": "Coffee morning at the care home",
        "ar": "صباح القهوة في دار رعاية المسنين",
        "uk": "Ранкова кава в будинку для літніх людей",
    },
    "Samen koffie schenken en een spelletje doen met de ouderen van Het Baken.": {
        "en": "Serving coffee and playing a game with the older residents of Het Baken.",
        "ar": "نقدّم القهوة ونلعب لعبة مع كبار السن في Het Baken.",
        "uk": "Разом наливаємо каву й граємо в гру з літніми мешканцями Het Baken.",
    },
    "Sorteren bij de voedselbank Zuid": {
        "en": "Sorting at the Zuid food bank",
        "ar": "الفرز في بنك الطعام Zuid",
        "uk": "Сортування в продовольчому банку Зюйд",
    },
    "Pakketten inpakken voor gezinnen in Rotterdam-Zuid. Je werkt in een vast team.": {
        "en": "Packing food parcels for families in Rotterdam-Zuid. You work in a regular team.",
        "ar": "نجهّز طرودًا غذائية للعائلات في Rotterdam-Zuid. تعمل ضمن فريق ثابت.",
        "uk": "Пакуємо продуктові набори для родин у Роттердам-Зюйді. Ти працюєш у постійній "
        "команді.",
    },
    "Knotwilgen knotten langs de Vecht": {
        "en": "Pollarding willows along the Vecht",
        "ar": "تقليم أشجار الصفصاف على ضفاف نهر Vecht",
        "uk": "Обрізання верб уздовж річки Вехт",
    },
    "Met de vereniging Landschapsbeheer zagen we de wilgen bij. Zaag en handschoenen krijg je.": {
        "en": "With the landscape association we saw back the willows. You get a saw and gloves.",
        "ar": "مع جمعية العناية بالطبيعة نقلّم أشجار الصفصاف بالمنشار. ستحصل على منشار وقفازات.",
        "uk": "Разом з об'єднанням з догляду за ландшафтом підпилюємо верби. Пилку й рукавиці "
        "тобі дадуть.",
    },
    "Bospad opknappen met de boswachter": {
        "en": "Repairing a forest path with the ranger",
        "ar": "إصلاح ممر في الغابة مع حارس الغابة",
        "uk": "Ремонт лісової стежки з лісником",
    },
    "Takken ruimen en een wandelpad herstellen in de bossen bij Doorn.": {
        "en": "Clearing branches and repairing a footpath in the woods near Doorn.",
        "ar": "نزيل الأغصان ونصلح ممرًا للمشي في الغابات قرب Doorn.",
        "uk": "Прибираємо гілки й ремонтуємо пішохідну стежку в лісах біля Дорна.",
    },
    "Klussen in de dorpsmoestuin": {
        "en": "Odd jobs in the village vegetable garden",
        "ar": "أعمال في حديقة خضار القرية",
        "uk": "Роботи на сільському городі",
    },
    "Paden vrijhouden, de composthoop omzetten en gereedschap opknappen in de dorpsmoestuin.": {
        "en": "Keeping the paths clear, turning the compost heap and fixing tools in the village "
        "vegetable garden.",
        "ar": "نحافظ على الممرات نظيفة، ونقلّب كومة السماد، ونصلح الأدوات في حديقة خضار القرية.",
        "uk": "Розчищаємо стежки, перекидаємо компостну купу й лагодимо інструменти на "
        "сільському городі.",
    },
    "Rondleiders helpen in het museum": {
        "en": "Helping the guides in the museum",
        "ar": "مساعدة المرشدين في المتحف",
        "uk": "Допомога екскурсоводам у музеї",
    },
    "Bezoekers de weg wijzen en folders uitdelen in het Oorlogsmuseum.": {
        "en": "Showing visitors the way and handing out leaflets in the War Museum.",
        "ar": "نرشد الزوار ونوزّع النشرات في متحف الحرب.",
        "uk": "Показуємо відвідувачам дорогу й роздаємо буклети в Музеї війни.",
    },
    "Poetsdag bij de museumspoorlijn": {
        "en": "Cleaning day at the heritage railway",
        "ar": "يوم التنظيف في خط سكة الحديد التراثي",
        "uk": "День прибирання на музейній залізниці",
    },
    "De oude treinwagons van de STAR krijgen een grote schoonmaakbeurt.": {
        "en": "The old railway carriages of the STAR get a big clean.",
        "ar": "تحصل عربات القطار القديمة في STAR على تنظيف شامل.",
        "uk": "Старі вагони залізниці STAR отримують велике прибирання.",
    },
    "Sportvelden onderhouden bij de voetbalclub": {
        "en": "Looking after the pitches at the football club",
        "ar": "صيانة الملاعب في نادي كرة القدم",
        "uk": "Догляд за полями у футбольному клубі",
    },
    "Lijnen trekken, netten ophangen en ballen oppompen bij de voetbalclub in Dronten.": {
        "en": "Marking lines, hanging nets and pumping up balls at the football club in Dronten.",
        "ar": "نرسم الخطوط ونعلّق الشباك وننفخ الكرات في نادي كرة القدم في Dronten.",
        "uk": "Наносимо лінії, вішаємо сітки й накачуємо м'ячі у футбольному клубі в Дронтені.",
    },
    "Opruimen in het Emmelerbos": {
        "en": "Tidying up the Emmelerbos",
        "ar": "التنظيف في غابة Emmelerbos",
        "uk": "Прибирання в лісі Еммелербос",
    },
    "Zwerfvuil rapen en paden vrijmaken in het bos bij Emmeloord, met koffie na afloop.": {
        "en": "Picking up litter and clearing paths in the woods near Emmeloord, with coffee "
        "afterwards.",
        "ar": "نجمع النفايات وننظف الممرات في الغابة قرب Emmeloord، ثم نشرب القهوة.",
        "uk": "Збираємо сміття й розчищаємо стежки в лісі біля Еммелоорда, а потім п'ємо каву.",
    },
    "Speeltuin opknappen": {
        "en": "Doing up the playground",
        "ar": "تجديد ساحة اللعب",
        "uk": "Оновлення дитячого майданчика",
    },
    "Schilderen, schuren en zand aanvullen bij de speeltuinvereniging in de Bomenbuurt.": {
        "en": "Painting, sanding and topping up the sand at the playground association in the "
        "Bomenbuurt.",
        "ar": "نطلي ونصنفر ونضيف الرمل في جمعية ساحة اللعب في Bomenbuurt.",
        "uk": "Фарбуємо, шліфуємо й досипаємо пісок в об'єднанні дитячого майданчика в Боменбюрті.",
    },
}

# The first news item and practice example of the municipalities that have their own.
LOCAL = {
    "Buurttuin in Alkmaar krijgt hulp van nieuwe groep": {
        "en": "Community garden in Alkmaar gets help from a new group",
        "ar": "حديقة الحي في Alkmaar تحصل على مساعدة من مجموعة جديدة",
        "uk": "Сусідський сад в Алкмарі отримав допомогу від нової групи",
    },
    "Sinds september werkt elke dinsdag een vast groepje van het azc in buurttuin De Hoef in "
    "Oudorp.": {
        "en": "Since September, a regular group from the asylum seekers' centre has worked in "
        "the De Hoef community garden in Oudorp every Tuesday.",
        "ar": "منذ سبتمبر تعمل مجموعة ثابتة من مركز طالبي اللجوء كل يوم ثلاثاء في حديقة الحي "
        "De Hoef في Oudorp.",
        "uk": "З вересня постійна група з центру для шукачів притулку щовівторка працює в "
        "сусідському саду De Hoef в Оудорпі.",
    },
    content.LOCAL_NEWS["Alkmaar"][0][2][0]: {
        "en": "Five residents of the centre and three neighbours weed, sow and harvest together. "
        "Garden volunteer Kees shows the way: which plant is a weed, when is the pumpkin ripe?",
        "ar": "خمسة من سكان المركز وثلاثة من الجيران يزيلون الأعشاب ويزرعون ويحصدون معًا. "
        "يرشدهم المتطوع Kees: أي نبتة هي عشب ضار، ومتى تنضج اليقطينة؟",
        "uk": "П'ятеро мешканців центру й троє сусідів разом полють, сіють і збирають урожай. "
        "Волонтер саду Кес підказує: яка рослина — бур'ян, коли гарбуз достиг?",
    },
    content.LOCAL_NEWS["Alkmaar"][0][2][1]: {
        "en": "Afterwards the group has coffee in the shed. There is a lot of laughter and a lot "
        "of Dutch practice. Part of the harvest goes to the food bank in Alkmaar.",
        "ar": "بعد ذلك تشرب المجموعة القهوة في السقيفة. هناك الكثير من الضحك والكثير من "
        "التدرّب على الهولندية. ويذهب جزء من المحصول إلى بنك الطعام في Alkmaar.",
        "uk": "Після роботи група п'є каву в сараї. Там багато сміються й багато практикують "
        "нідерландську. Частина врожаю йде до продовольчого банку Алкмара.",
    },
    "Buurttuin in Arnhem krijgt hulp van nieuwe groep": {
        "en": "Community garden in Arnhem gets help from a new group",
        "ar": "حديقة الحي في Arnhem تحصل على مساعدة من مجموعة جديدة",
        "uk": "Сусідський сад в Арнемі отримав допомогу від нової групи",
    },
    content.LOCAL_NEWS["Arnhem"][0][1]: {
        "en": "Every first Saturday, a group from the Schaarsbergen centre is ready to help in "
        "the Presikhaaf community vegetable garden.",
        "ar": "في أول سبت من كل شهر تكون مجموعة من مركز Schaarsbergen جاهزة في حديقة خضار الحي "
        "في Presikhaaf.",
        "uk": "Кожної першої суботи група з центру Схарсберген допомагає на сусідському городі "
        "в Пресикгафі.",
    },
    content.LOCAL_NEWS["Arnhem"][0][2][0]: {
        "en": "For years the garden had too few hands. Now residents of the centre and "
        "neighbours are building new beds for herbs and beans.",
        "ar": "ظلت الحديقة سنوات بلا أيدٍ كافية. والآن يبني سكان المركز مع الجيران أحواضًا "
        "جديدة للأعشاب والفاصولياء.",
        "uk": "Роками городу бракувало рук. Тепер мешканці центру разом із сусідами "
        "облаштовують нові грядки для зелені й квасолі.",
    },
    content.LOCAL_NEWS["Arnhem"][0][2][1]: {
        "en": "The garden team speaks Dutch, Arabic and Tigrinya. With hands and feet, and a "
        "word list in the shed, everyone gets a long way.",
        "ar": "يتكلم فريق الحديقة الهولندية والعربية والتغرينية. وبالإشارات وقائمة كلمات في "
        "السقيفة، يتفاهم الجميع بشكل جيد.",
        "uk": "Команда саду говорить нідерландською, арабською та тигринья. Жестами й зі "
        "словничком у сараї всі чудово порозуміваються.",
    },
    "Fietsles in Overvecht: acht nieuwe fietsers op de weg": {
        "en": "Cycling lessons in Overvecht: eight new cyclists on the road",
        "ar": "دروس الدراجة في Overvecht: ثماني راكبات جديدات على الطريق",
        "uk": "Уроки їзди в Оверфехті: вісім нових велосипедисток на дорозі",
    },
    content.LOCAL_NEWS["Utrecht"][0][1]: {
        "en": "Eight women from the asylum seekers' centre earned their cycling certificate at "
        "Sportpark Overvecht.",
        "ar": "حصلت ثماني نساء من مركز طالبي اللجوء على شهادة ركوب الدراجة في Sportpark Overvecht.",
        "uk": "Вісім жінок із центру для шукачів притулку отримали велосипедне посвідчення в "
        "спортпарку Оверфехт.",
    },
    content.LOCAL_NEWS["Utrecht"][0][2][0]: {
        "en": "In eight lessons they learned to get on, brake, give way and signal with their "
        "hand. Volunteers from the Fietsersbond joined the first lessons.",
        "ar": "تعلّمن في ثمانية دروس الصعود على الدراجة والفرملة وإعطاء الأولوية والإشارة "
        "باليد. ورافق متطوعون من Fietsersbond الدروس الأولى.",
        "uk": "За вісім уроків вони навчилися сідати на велосипед, гальмувати, пропускати "
        "інших і показувати поворот рукою. На перших уроках допомагали волонтери "
        "Fietsersbond.",
    },
    content.LOCAL_NEWS["Utrecht"][0][2][1]: {
        "en": "Everyone who took part got a repaired bike from the centre's bike workshop. A "
        "new group starts in the spring.",
        "ar": "حصلت كل مشاركة على دراجة مُصلَحة من ورشة الدراجات في المركز. وتبدأ مجموعة جديدة "
        "في الربيع.",
        "uk": "Кожна учасниця отримала відремонтований велосипед із веломайстерні центру. "
        "Навесні стартує нова група.",
    },
    "Honderd vrijwilligers van het azc bij de Vierdaagse": {
        "en": "A hundred volunteers from the centre at the Four Days Marches",
        "ar": "مئة متطوع من مركز طالبي اللجوء في مسيرة الأيام الأربعة",
        "uk": "Сто волонтерів із центру на Чотириденному марші",
    },
    content.LOCAL_NEWS["Nijmegen"][0][1]: {
        "en": "At the refreshment posts along the route, groups from Heumensoord handed out "
        "water and plasters.",
        "ar": "عند نقاط الاستراحة على طول الطريق وزّعت مجموعات من Heumensoord الماء واللصقات "
        "الطبية.",
        "uk": "На пунктах підтримки вздовж маршруту групи з Геуменсоорда роздавали воду й "
        "пластирі.",
    },
    content.LOCAL_NEWS["Nijmegen"][0][2][0]: {
        "en": "For four days they were ready at six in the morning. The walkers thanked them "
        "with applause, and sometimes with a flower from the Via Gladiola.",
        "ar": "على مدى أربعة أيام كانوا جاهزين في السادسة صباحًا. وشكرهم المشاة بالتصفيق، "
        "وأحيانًا بزهرة من Via Gladiola.",
        "uk": "Чотири дні поспіль вони були на місці о шостій ранку. Учасники маршу дякували "
        "їм оплесками, а іноді квіткою з Via Gladiola.",
    },
    content.LOCAL_NEWS["Nijmegen"][0][2][1]: {
        "en": "Stichting De 4Daagse wants to work with Aan de Slag again next year.",
        "ar": "تريد مؤسسة De 4Daagse أن تتعاون مع Aan de Slag مرة أخرى في العام المقبل.",
        "uk": "Фонд De 4Daagse хоче знову співпрацювати з Aan de Slag наступного року.",
    },
    "Samen tuinieren in de buurttuin": {
        "en": "Gardening together in the community garden",
        "ar": "البستنة معًا في حديقة الحي",
        "uk": "Разом у сусідському саду",
    },
    content.LOCAL_PRACTICES[0]["summary"]: {
        "en": "Every week, residents of the asylum seekers' centre and neighbours work together "
        "in a community garden.",
        "ar": "كل أسبوع يعمل سكان مركز طالبي اللجوء والجيران معًا في حديقة الحي.",
        "uk": "Щотижня мешканці центру для шукачів притулку й сусіди разом працюють у "
        "сусідському саду.",
    },
    "Vrijwilligers bij de Vierdaagse": {
        "en": "Volunteers at the Four Days Marches",
        "ar": "متطوعون في مسيرة الأيام الأربعة",
        "uk": "Волонтери на Чотириденному марші",
    },
    content.LOCAL_PRACTICES[1]["summary"]: {
        "en": "Groups from the asylum seekers' centre help at the refreshment posts of the Four "
        "Days Marches.",
        "ar": "تساعد مجموعات من مركز طالبي اللجوء في نقاط الاستراحة خلال مسيرة الأيام الأربعة.",
        "uk": "Групи з центру для шукачів притулку допомагають на пунктах підтримки "
        "Чотириденного маршу.",
    },
    "Wandelclub voor nieuwkomers en buren": {
        "en": "Walking club for newcomers and neighbours",
        "ar": "نادي المشي للقادمين الجدد والجيران",
        "uk": "Клуб прогулянок для новоприбулих і сусідів",
    },
    content.LOCAL_PRACTICES[2]["summary"]: {
        "en": "A weekly walk where newcomers and neighbours get moving and talk together.",
        "ar": "نزهة مشي أسبوعية يتحرك فيها القادمون الجدد والجيران ويتحدثون معًا.",
        "uk": "Щотижнева прогулянка, де новоприбулі й сусіди разом рухаються й розмовляють.",
    },
}


def _build():
    """{language: {Dutch: translation}}, the texts with {place} written out for every
    municipality."""
    texts = {code: {} for code in ["en", "ar", "uk", "fa", "ti", "tr"]}
    places = [name for name, _province, _official in MUNICIPALITIES]
    for table in (SECTIONS, ITEMS, EVENTS, LOCAL):
        for dutch, by_code in table.items():
            for code, translated in by_code.items():
                if "{place}" in dutch:
                    for place in places:
                        texts[code][dutch.format(place=place)] = translated.format(place=place)
                else:
                    texts[code][dutch] = translated
    return texts


TEXTS = _build()
