<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>CartONG</name>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="100" />
      <source> dpi</source>
      <translation> نقطة/بوصة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="202" />
      <source> m</source>
      <translation> م</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="200" />
      <source> min</source>
      <translation> دقيقة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="242" />
      <source> submissions</source>
      <translation> إرسال</translation>
    </message>
    <message>
      <source> within its {group}</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="59" />
      <source>"{column}" holds the labels of the answers to "{question}", chosen from a list of {what}.</source>
      <translation>يحتوي العمود «{column}» على تسميات الإجابات عن «{question}»، المختارة من قائمة {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="55" />
      <source>"{column}" is calculated from the location question "{question}": it holds {what}.</source>
      <translation>العمود «{column}» محسوب من سؤال الموقع «{question}»: يحتوي على {what}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="244" />
      <source>%n GPS points of the layer lie away from the coordinates answered in {latitude}/{longitude} (first: {uuid}): they were moved after the import, and the GPS checks used the points, not the columns.</source>
      <translation>
        <numerusform>‏%n نقطة GPS في الطبقة تبعد عن الإحداثيات المُجاب بها في {latitude}/{longitude} (الأولى: {uuid}): نُقلت بعد الاستيراد، واستخدمت فحوص GPS النقاط لا الأعمدة.</numerusform>
        <numerusform>نقطة GPS واحدة (%n) في الطبقة تبعد عن الإحداثيات المُجاب بها في {latitude}/{longitude} (الأولى: {uuid}): نُقلت بعد الاستيراد، واستخدمت فحوص GPS النقطة لا الأعمدة.</numerusform>
        <numerusform>نقطتان (%n) من نقاط GPS في الطبقة تبعدان عن الإحداثيات المُجاب بها في {latitude}/{longitude} (الأولى: {uuid}): نُقلتا بعد الاستيراد، واستخدمت فحوص GPS النقطتين لا الأعمدة.</numerusform>
        <numerusform>‏%n نقاط GPS في الطبقة تبعد عن الإحداثيات المُجاب بها في {latitude}/{longitude} (الأولى: {uuid}): نُقلت بعد الاستيراد، واستخدمت فحوص GPS النقاط لا الأعمدة.</numerusform>
        <numerusform>‏%n نقطةً GPS في الطبقة تبعد عن الإحداثيات المُجاب بها في {latitude}/{longitude} (الأولى: {uuid}): نُقلت بعد الاستيراد، واستخدمت فحوص GPS النقاط لا الأعمدة.</numerusform>
        <numerusform>‏%n نقطة GPS في الطبقة تبعد عن الإحداثيات المُجاب بها في {latitude}/{longitude} (الأولى: {uuid}): نُقلت بعد الاستيراد، واستخدمت فحوص GPS النقاط لا الأعمدة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="263" />
      <source>%n _uuids shared by several rows of {table} had rows added or deleted, in a package prepared by version 0.2.0 that cannot tell them apart: their field changes were not merged.</source>
      <translation>
        <numerusform>‏%n معرّف _uuid تشترك في كل منها عدة صفوف من {table} أُضيفت لها صفوف أو حُذفت، في حزمة حضّرها الإصدار 0.2.0 الذي لا يميّز بينها: لم تُدمج تغييرات العمل الحقلي الخاصة بها.</numerusform>
        <numerusform>معرّف _uuid واحد (%n) تشترك فيه عدة صفوف من {table} أُضيفت له صفوف أو حُذفت، في حزمة حضّرها الإصدار 0.2.0 الذي لا يميّز بينها: لم تُدمج تغييرات العمل الحقلي الخاصة به.</numerusform>
        <numerusform>معرّفا _uuid (%n) تشترك في كل منهما عدة صفوف من {table} أُضيفت لهما صفوف أو حُذفت، في حزمة حضّرها الإصدار 0.2.0 الذي لا يميّز بينها: لم تُدمج تغييرات العمل الحقلي الخاصة بهما.</numerusform>
        <numerusform>‏%n معرّفات _uuid تشترك في كل منها عدة صفوف من {table} أُضيفت لها صفوف أو حُذفت، في حزمة حضّرها الإصدار 0.2.0 الذي لا يميّز بينها: لم تُدمج تغييرات العمل الحقلي الخاصة بها.</numerusform>
        <numerusform>‏%n معرّفًا _uuid تشترك في كل منها عدة صفوف من {table} أُضيفت لها صفوف أو حُذفت، في حزمة حضّرها الإصدار 0.2.0 الذي لا يميّز بينها: لم تُدمج تغييرات العمل الحقلي الخاصة بها.</numerusform>
        <numerusform>‏%n معرّف _uuid تشترك في كل منها عدة صفوف من {table} أُضيفت لها صفوف أو حُذفت، في حزمة حضّرها الإصدار 0.2.0 الذي لا يميّز بينها: لم تُدمج تغييرات العمل الحقلي الخاصة بها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="105" />
      <source>%n answers of {field} are not numbers and were left out of the summary per area: {listed}. Correct them in the survey if they are numbers.</source>
      <translation>
        <numerusform>‏%n إجابة عن {field} ليست أرقامًا واستُبعدت من الملخص حسب الوحدة: {listed}. صحّحها في المسح إن كانت أرقامًا.</numerusform>
        <numerusform>إجابة واحدة (%n) عن {field} ليست رقمًا واستُبعدت من الملخص حسب الوحدة: {listed}. صحّحها في المسح إن كانت رقمًا.</numerusform>
        <numerusform>اثنتان (%n) من إجابات {field} ليستا رقمين واستُبعدتا من الملخص حسب الوحدة: {listed}. صحّحهما في المسح إن كانتا رقمين.</numerusform>
        <numerusform>‏%n إجابات عن {field} ليست أرقامًا واستُبعدت من الملخص حسب الوحدة: {listed}. صحّحها في المسح إن كانت أرقامًا.</numerusform>
        <numerusform>‏%n إجابةً عن {field} ليست أرقامًا واستُبعدت من الملخص حسب الوحدة: {listed}. صحّحها في المسح إن كانت أرقامًا.</numerusform>
        <numerusform>‏%n إجابة عن {field} ليست أرقامًا واستُبعدت من الملخص حسب الوحدة: {listed}. صحّحها في المسح إن كانت أرقامًا.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="115" />
      <source>%n answers of {field} are written with a decimal comma and were counted as numbers, as the import reads them: {listed}. If the comma separates thousands, correct them in the survey.</source>
      <translation>
        <numerusform>‏%n إجابة عن {field} مكتوبة بفاصلة عشرية وعُدّت أرقامًا، كما يقرؤها الاستيراد: {listed}. إن كانت الفاصلة تفصل الآلاف، فصحّحها في المسح.</numerusform>
        <numerusform>إجابة واحدة (%n) عن {field} مكتوبة بفاصلة عشرية وعُدّت رقمًا، كما يقرؤها الاستيراد: {listed}. إن كانت الفاصلة تفصل الآلاف، فصحّحها في المسح.</numerusform>
        <numerusform>اثنتان (%n) من إجابات {field} مكتوبتان بفاصلة عشرية وعُدّتا رقمين، كما يقرؤهما الاستيراد: {listed}. إن كانت الفاصلة تفصل الآلاف، فصحّحهما في المسح.</numerusform>
        <numerusform>‏%n إجابات عن {field} مكتوبة بفاصلة عشرية وعُدّت أرقامًا، كما يقرؤها الاستيراد: {listed}. إن كانت الفاصلة تفصل الآلاف، فصحّحها في المسح.</numerusform>
        <numerusform>‏%n إجابةً عن {field} مكتوبة بفاصلة عشرية وعُدّت أرقامًا، كما يقرؤها الاستيراد: {listed}. إن كانت الفاصلة تفصل الآلاف، فصحّحها في المسح.</numerusform>
        <numerusform>‏%n إجابة عن {field} مكتوبة بفاصلة عشرية وعُدّت أرقامًا، كما يقرؤها الاستيراد: {listed}. إن كانت الفاصلة تفصل الآلاف، فصحّحها في المسح.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="252" />
      <source>%n areas</source>
      <translation>
        <numerusform>‏%n وحدة</numerusform>
        <numerusform>وحدة واحدة (%n)</numerusform>
        <numerusform>وحدتين (%n)</numerusform>
        <numerusform>‏%n وحدات</numerusform>
        <numerusform>‏%n وحدة</numerusform>
        <numerusform>‏%n وحدة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="118" />
      <source>%n areas of {layer} have no P-code ({areas}): each is counted on its own, none merged. Give them their P-codes.</source>
      <translation>
        <numerusform>‏%n وحدة من {layer} بلا رمز P-code ({areas}): تُحتسب كل منها على حدة ولا تُدمج أي منها. أعطها رموز P-code الخاصة بها.</numerusform>
        <numerusform>وحدة واحدة (%n) من {layer} بلا رمز P-code ({areas}): تُحتسب على حدة. أعطها رمز P-code الخاص بها.</numerusform>
        <numerusform>وحدتان (%n) من {layer} بلا رمز P-code ({areas}): تُحتسب كل منهما على حدة ولا تُدمجان. أعطهما رمزي P-code الخاصين بهما.</numerusform>
        <numerusform>‏%n وحدات من {layer} بلا رمز P-code ({areas}): تُحتسب كل منها على حدة ولا تُدمج أي منها. أعطها رموز P-code الخاصة بها.</numerusform>
        <numerusform>‏%n وحدةً من {layer} بلا رمز P-code ({areas}): تُحتسب كل منها على حدة ولا تُدمج أي منها. أعطها رموز P-code الخاصة بها.</numerusform>
        <numerusform>‏%n وحدة من {layer} بلا رمز P-code ({areas}): تُحتسب كل منها على حدة ولا تُدمج أي منها. أعطها رموز P-code الخاصة بها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="105" />
      <source>%n areas of {layer} have no boundary (their geometry is empty): {areas}. No submission can be placed in them by location: their submissions are counted outside every area. Give them their boundaries, or count by the P-code of the submissions.</source>
      <translation>
        <numerusform>‏%n وحدة من {layer} ليس لها حدود (هندستها فارغة): {areas}. لا يمكن وضع أي إرسال فيها حسب الموقع: تُحتسب إرسالاتها خارج كل الوحدات. أعطها حدودها، أو اعدد حسب رمز P-code الخاص بالإرسالات.</numerusform>
        <numerusform>وحدة واحدة (%n) من {layer} ليس لها حدود (هندستها فارغة): {areas}. لا يمكن وضع أي إرسال فيها حسب الموقع: تُحتسب إرسالاتها خارج كل الوحدات. أعطها حدودها، أو اعدد حسب رمز P-code الخاص بالإرسالات.</numerusform>
        <numerusform>وحدتان (%n) من {layer} ليس لهما حدود (هندستهما فارغة): {areas}. لا يمكن وضع أي إرسال فيهما حسب الموقع: تُحتسب إرسالاتهما خارج كل الوحدات. أعطهما حدودهما، أو اعدد حسب رمز P-code الخاص بالإرسالات.</numerusform>
        <numerusform>‏%n وحدات من {layer} ليس لها حدود (هندستها فارغة): {areas}. لا يمكن وضع أي إرسال فيها حسب الموقع: تُحتسب إرسالاتها خارج كل الوحدات. أعطها حدودها، أو اعدد حسب رمز P-code الخاص بالإرسالات.</numerusform>
        <numerusform>‏%n وحدةً من {layer} ليس لها حدود (هندستها فارغة): {areas}. لا يمكن وضع أي إرسال فيها حسب الموقع: تُحتسب إرسالاتها خارج كل الوحدات. أعطها حدودها، أو اعدد حسب رمز P-code الخاص بالإرسالات.</numerusform>
        <numerusform>‏%n وحدة من {layer} ليس لها حدود (هندستها فارغة): {areas}. لا يمكن وضع أي إرسال فيها حسب الموقع: تُحتسب إرسالاتها خارج كل الوحدات. أعطها حدودها، أو اعدد حسب رمز P-code الخاص بالإرسالات.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/export_map.py" line="276" />
      <source>%n areas of {layer} show a value made from fewer than {n} submissions: the map hides them as insufficient data, but the layer still holds their values; do not share the layer as it is.</source>
      <translation>
        <numerusform>‏%n وحدة من {layer} تُظهر قيمة محسوبة من أقل من {n} إرسالات: تخفيها الخريطة كبيانات غير كافية، لكن الطبقة ما زالت تحتفظ بالقيم؛ لا تشارك الطبقة كما هي.</numerusform>
        <numerusform>وحدة واحدة (%n) من {layer} تُظهر قيمة محسوبة من أقل من {n} إرسالات: تخفيها الخريطة كبيانات غير كافية، لكن الطبقة ما زالت تحتفظ بالقيمة؛ لا تشارك الطبقة كما هي.</numerusform>
        <numerusform>وحدتان (%n) من {layer} تُظهران قيمة محسوبة من أقل من {n} إرسالات: تخفيهما الخريطة كبيانات غير كافية، لكن الطبقة ما زالت تحتفظ بقيمتيهما؛ لا تشارك الطبقة كما هي.</numerusform>
        <numerusform>‏%n وحدات من {layer} تُظهر قيمًا محسوبة من أقل من {n} إرسالات: تخفيها الخريطة كبيانات غير كافية، لكن الطبقة ما زالت تحتفظ بقيمها؛ لا تشارك الطبقة كما هي.</numerusform>
        <numerusform>‏%n وحدةً من {layer} تُظهر قيمًا محسوبة من أقل من {n} إرسالات: تخفيها الخريطة كبيانات غير كافية، لكن الطبقة ما زالت تحتفظ بقيمها؛ لا تشارك الطبقة كما هي.</numerusform>
        <numerusform>‏%n وحدة من {layer} تُظهر قيمًا محسوبة من أقل من {n} إرسالات: تخفيها الخريطة كبيانات غير كافية، لكن الطبقة ما زالت تحتفظ بقيمها؛ لا تشارك الطبقة كما هي.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="263" />
      <source>%n attachments</source>
      <translation>
        <numerusform>‏%n مرفق</numerusform>
        <numerusform>مرفق واحد (%n)</numerusform>
        <numerusform>مرفقان (%n)</numerusform>
        <numerusform>‏%n مرفقات</numerusform>
        <numerusform>‏%n مرفقًا</numerusform>
        <numerusform>‏%n مرفق</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/attachments.py" line="33" />
      <source>%n attachments could not be downloaded and were skipped: {files}. The submissions are all in the GeoPackage; to fetch the files later, run the download again into this GeoPackage with Update and attachments ticked.</source>
      <translation>
        <numerusform>تعذّر تنزيل %n مرفق وتم تخطيها: {files}. الإرسالات كلها موجودة في GeoPackage؛ لجلب الملفات لاحقًا، أعد تشغيل التنزيل في ملف GeoPackage هذا مع تحديد خياري «تحديث» و«تنزيل المرفقات».</numerusform>
        <numerusform>تعذّر تنزيل مرفق واحد (%n) وتم تخطيه: {files}. الإرسالات كلها موجودة في GeoPackage؛ لجلب الملف لاحقًا، أعد تشغيل التنزيل في ملف GeoPackage هذا مع تحديد خياري «تحديث» و«تنزيل المرفقات».</numerusform>
        <numerusform>تعذّر تنزيل مرفقين (%n) وتم تخطيهما: {files}. الإرسالات كلها موجودة في GeoPackage؛ لجلب الملفين لاحقًا، أعد تشغيل التنزيل في ملف GeoPackage هذا مع تحديد خياري «تحديث» و«تنزيل المرفقات».</numerusform>
        <numerusform>تعذّر تنزيل %n مرفقات وتم تخطيها: {files}. الإرسالات كلها موجودة في GeoPackage؛ لجلب الملفات لاحقًا، أعد تشغيل التنزيل في ملف GeoPackage هذا مع تحديد خياري «تحديث» و«تنزيل المرفقات».</numerusform>
        <numerusform>تعذّر تنزيل %n مرفقًا وتم تخطيها: {files}. الإرسالات كلها موجودة في GeoPackage؛ لجلب الملفات لاحقًا، أعد تشغيل التنزيل في ملف GeoPackage هذا مع تحديد خياري «تحديث» و«تنزيل المرفقات».</numerusform>
        <numerusform>تعذّر تنزيل %n مرفق وتم تخطيها: {files}. الإرسالات كلها موجودة في GeoPackage؛ لجلب الملفات لاحقًا، أعد تشغيل التنزيل في ملف GeoPackage هذا مع تحديد خياري «تحديث» و«تنزيل المرفقات».</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="128" />
      <source>%n attachments had the names of different files already in {folder}: they were copied under new names and their rows link to those names: {files}.</source>
      <translation>
        <numerusform>‏%n مرفق كانت تحمل أسماء ملفات أخرى موجودة أصلًا في {folder}: نُسخت بأسماء جديدة وصارت صفوفها تشير إلى هذه الأسماء: {files}.</numerusform>
        <numerusform>مرفق واحد (%n) كان يحمل اسم ملف آخر موجود أصلًا في {folder}: نُسخ باسم جديد وصار صفّه يشير إلى هذا الاسم: {files}.</numerusform>
        <numerusform>مرفقان (%n) كانا يحملان اسمي ملفين آخرين موجودين أصلًا في {folder}: نُسخا باسمين جديدين وصار صفّاهما يشيران إلى هذين الاسمين: {files}.</numerusform>
        <numerusform>‏%n مرفقات كانت تحمل أسماء ملفات أخرى موجودة أصلًا في {folder}: نُسخت بأسماء جديدة وصارت صفوفها تشير إلى هذه الأسماء: {files}.</numerusform>
        <numerusform>‏%n مرفقًا كانت تحمل أسماء ملفات أخرى موجودة أصلًا في {folder}: نُسخت بأسماء جديدة وصارت صفوفها تشير إلى هذه الأسماء: {files}.</numerusform>
        <numerusform>‏%n مرفق كانت تحمل أسماء ملفات أخرى موجودة أصلًا في {folder}: نُسخت بأسماء جديدة وصارت صفوفها تشير إلى هذه الأسماء: {files}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="120" />
      <source>%n attachments of the merged rows were copied into {folder}.</source>
      <translation>
        <numerusform>نُسخ %n مرفق من الصفوف المدمجة إلى {folder}.</numerusform>
        <numerusform>نُسخ مرفق واحد (%n) من الصفوف المدمجة إلى {folder}.</numerusform>
        <numerusform>نُسخ مرفقان (%n) من الصفوف المدمجة إلى {folder}.</numerusform>
        <numerusform>نُسخت %n مرفقات من الصفوف المدمجة إلى {folder}.</numerusform>
        <numerusform>نُسخ %n مرفقًا من الصفوف المدمجة إلى {folder}.</numerusform>
        <numerusform>نُسخ %n مرفق من الصفوف المدمجة إلى {folder}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/package.py" line="246" />
      <source>%n attachments of {file} are missing and not in the package: {files}</source>
      <translation>
        <numerusform>‏%n مرفق من {file} مفقود وليس في الحزمة: {files}</numerusform>
        <numerusform>‏%n مرفق من {file} مفقود وليس في الحزمة: {files}</numerusform>
        <numerusform>‏%n مرفقان من {file} مفقودان وليسا في الحزمة: {files}</numerusform>
        <numerusform>‏%n مرفقات من {file} مفقودة وليست في الحزمة: {files}</numerusform>
        <numerusform>‏%n مرفقًا من {file} مفقودة وليست في الحزمة: {files}</numerusform>
        <numerusform>‏%n مرفق من {file} مفقودة وليست في الحزمة: {files}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/attachment_fetch.py" line="53" />
      <source>%n attachments were missing after earlier downloads: {recovered} fetched now, {still} still missing.</source>
      <translation>
        <numerusform>كان %n مرفق مفقودًا بعد عمليات التنزيل السابقة: عدد ما جُلب الآن {recovered}، وعدد ما لا يزال مفقودًا {still}.</numerusform>
        <numerusform>كان مرفق واحد (%n) مفقودًا بعد عمليات التنزيل السابقة: عدد ما جُلب الآن {recovered}، وعدد ما لا يزال مفقودًا {still}.</numerusform>
        <numerusform>كان مرفقان (%n) مفقودين بعد عمليات التنزيل السابقة: عدد ما جُلب الآن {recovered}، وعدد ما لا يزال مفقودًا {still}.</numerusform>
        <numerusform>كانت %n مرفقات مفقودة بعد عمليات التنزيل السابقة: عدد ما جُلب الآن {recovered}، وعدد ما لا يزال مفقودًا {still}.</numerusform>
        <numerusform>كان %n مرفقًا مفقودًا بعد عمليات التنزيل السابقة: عدد ما جُلب الآن {recovered}، وعدد ما لا يزال مفقودًا {still}.</numerusform>
        <numerusform>كان %n مرفق مفقودًا بعد عمليات التنزيل السابقة: عدد ما جُلب الآن {recovered}، وعدد ما لا يزال مفقودًا {still}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log.py" line="425" />
      <source>%n change_response rows of the cleaning log {file} have no new value (rows {rows}): their answers were emptied, as blank_response does. If that was not meant, write the new values (a check that suggests none leaves them to you) or choose no_action.</source>
      <translation>
        <numerusform>لا قيمة جديدة في %n صف change_response من سجل التنظيف {file} (الصفوف {rows}): أُفرغت إجاباتها، كما يفعل blank_response. إن لم يكن ذلك مقصودًا، فاكتب القيم الجديدة (الفحص الذي لا يقترح قيمة يتركها لك) أو اختر no_action.</numerusform>
        <numerusform>لا قيمة جديدة في صف change_response واحد (%n) من سجل التنظيف {file} (الصف {rows}): أُفرغت الإجابة فيه، كما يفعل blank_response. إن لم يكن ذلك مقصودًا، فاكتب القيمة الجديدة (الفحص الذي لا يقترح قيمة يتركها لك) أو اختر no_action.</numerusform>
        <numerusform>لا قيمة جديدة في صفّي change_response (%n) من سجل التنظيف {file} (الصفان {rows}): أُفرغت الإجابة في كلٍّ منهما، كما يفعل blank_response. إن لم يكن ذلك مقصودًا، فاكتب القيمتين الجديدتين (الفحص الذي لا يقترح قيمة يتركهما لك) أو اختر no_action.</numerusform>
        <numerusform>لا قيمة جديدة في %n صفوف change_response من سجل التنظيف {file} (الصفوف {rows}): أُفرغت إجاباتها، كما يفعل blank_response. إن لم يكن ذلك مقصودًا، فاكتب القيم الجديدة (الفحص الذي لا يقترح قيمة يتركها لك) أو اختر no_action.</numerusform>
        <numerusform>لا قيمة جديدة في %n صفًا change_response من سجل التنظيف {file} (الصفوف {rows}): أُفرغت إجاباتها، كما يفعل blank_response. إن لم يكن ذلك مقصودًا، فاكتب القيم الجديدة (الفحص الذي لا يقترح قيمة يتركها لك) أو اختر no_action.</numerusform>
        <numerusform>لا قيمة جديدة في %n صف change_response من سجل التنظيف {file} (الصفوف {rows}): أُفرغت إجاباتها، كما يفعل blank_response. إن لم يكن ذلك مقصودًا، فاكتب القيم الجديدة (الفحص الذي لا يقترح قيمة يتركها لك) أو اختر no_action.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="128" />
      <source>%n changes made in the field were not merged (see the warnings above).</source>
      <translation>
        <numerusform>‏%n تغيير أُجريت في الميدان لم تُدمج (انظر التحذيرات أعلاه).</numerusform>
        <numerusform>تغيير واحد (%n) أُجري في الميدان لم يُدمج (انظر التحذيرات أعلاه).</numerusform>
        <numerusform>تغييران (%n) أُجريا في الميدان لم يُدمجا (انظر التحذيرات أعلاه).</numerusform>
        <numerusform>‏%n تغييرات أُجريت في الميدان لم تُدمج (انظر التحذيرات أعلاه).</numerusform>
        <numerusform>‏%n تغييرًا أُجريت في الميدان لم تُدمج (انظر التحذيرات أعلاه).</numerusform>
        <numerusform>‏%n تغيير أُجريت في الميدان لم تُدمج (انظر التحذيرات أعلاه).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="74" />
      <source>%n changes of the cleaning log name an old value the survey does not have (first: row {row}, {column}: '{old}' in the log, '{found}' in the survey). Was the log made for this survey?</source>
      <translation>
        <numerusform>لا يذكر سجل التنظيف أي تغيير (%n) بقيمة قديمة ليست في المسح (الأول: الصف {row}، {column}: '{old}' في السجل، '{found}' في المسح). هل أُعدّ السجل لهذا المسح؟</numerusform>
        <numerusform>تغيير واحد (%n) في سجل التنظيف يذكر قيمة قديمة ليست في المسح (الأول: الصف {row}، {column}: '{old}' في السجل، '{found}' في المسح). هل أُعدّ السجل لهذا المسح؟</numerusform>
        <numerusform>تغييران (%n) في سجل التنظيف يذكران قيمة قديمة ليست في المسح (الأول: الصف {row}، {column}: '{old}' في السجل، '{found}' في المسح). هل أُعدّ السجل لهذا المسح؟</numerusform>
        <numerusform>‏%n تغييرات في سجل التنظيف تذكر قيمة قديمة ليست في المسح (الأول: الصف {row}، {column}: '{old}' في السجل، '{found}' في المسح). هل أُعدّ السجل لهذا المسح؟</numerusform>
        <numerusform>‏%n تغييرًا في سجل التنظيف تذكر قيمة قديمة ليست في المسح (الأول: الصف {row}، {column}: '{old}' في السجل، '{found}' في المسح). هل أُعدّ السجل لهذا المسح؟</numerusform>
        <numerusform>‏%n تغيير في سجل التنظيف تذكر قيمة قديمة ليست في المسح (الأول: الصف {row}، {column}: '{old}' في السجل، '{found}' في المسح). هل أُعدّ السجل لهذا المسح؟</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/label_language.py" line="81" />
      <source>%n choices (lists: {lists})</source>
      <translation>
        <numerusform>‏%n خيار (القوائم: {lists})</numerusform>
        <numerusform>خيار واحد (%n؛ القائمة: {lists})</numerusform>
        <numerusform>خياران (%n؛ القوائم: {lists})</numerusform>
        <numerusform>‏%n خيارات (القوائم: {lists})</numerusform>
        <numerusform>‏%n خيارًا (القوائم: {lists})</numerusform>
        <numerusform>‏%n خيار (القوائم: {lists})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="95" />
      <source>%n cleaning decisions</source>
      <translation>
        <numerusform>‏%n قرار تنظيف</numerusform>
        <numerusform>قرار تنظيف واحد (%n)</numerusform>
        <numerusform>قرارا تنظيف (%n)</numerusform>
        <numerusform>‏%n قرارات تنظيف</numerusform>
        <numerusform>‏%n قرارًا للتنظيف</numerusform>
        <numerusform>‏%n قرار تنظيف</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="124" />
      <source>%n cleaning decisions about those columns were left out too.</source>
      <translation>
        <numerusform>استُبعد أيضًا %n قرار تنظيف يخص تلك الأعمدة.</numerusform>
        <numerusform>استُبعد أيضًا قرار تنظيف واحد (%n) يخص تلك الأعمدة.</numerusform>
        <numerusform>استُبعد أيضًا قرارا تنظيف (%n) يخصان تلك الأعمدة.</numerusform>
        <numerusform>استُبعدت أيضًا %n قرارات تنظيف تخص تلك الأعمدة.</numerusform>
        <numerusform>استُبعد أيضًا %n قرارَ تنظيف يخص تلك الأعمدة.</numerusform>
        <numerusform>استُبعد أيضًا %n قرار تنظيف يخص تلك الأعمدة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="95" />
      <source>%n columns at high risk ({columns})</source>
      <translation>
        <numerusform>‏%n عمود عالي الخطورة ({columns})</numerusform>
        <numerusform>عمود واحد (%n) عالي الخطورة ({columns})</numerusform>
        <numerusform>عمودان (%n) عاليا الخطورة ({columns})</numerusform>
        <numerusform>‏%n أعمدة عالية الخطورة ({columns})</numerusform>
        <numerusform>‏%n عمودًا عالي الخطورة ({columns})</numerusform>
        <numerusform>‏%n عمود عالي الخطورة ({columns})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="285" />
      <source>%n columns likely hold personal data ({high} at high risk). Protect them before sharing the file.</source>
      <translation>
        <numerusform>‏%n عمود يحتوي على الأرجح على بيانات شخصية ({high} عالية الخطورة). احمِها قبل مشاركة الملف.</numerusform>
        <numerusform>‏%n عمود يحتوي على الأرجح على بيانات شخصية ({high} عالي الخطورة). احمِه قبل مشاركة الملف.</numerusform>
        <numerusform>‏%n عمودان يحتويان على الأرجح على بيانات شخصية ({high} عالية الخطورة). احمِهما قبل مشاركة الملف.</numerusform>
        <numerusform>‏%n أعمدة تحتوي على الأرجح على بيانات شخصية ({high} عالية الخطورة). احمِها قبل مشاركة الملف.</numerusform>
        <numerusform>‏%n عمودًا تحتوي على الأرجح على بيانات شخصية ({high} عالية الخطورة). احمِها قبل مشاركة الملف.</numerusform>
        <numerusform>‏%n عمود تحتوي على الأرجح على بيانات شخصية ({high} عالية الخطورة). احمِها قبل مشاركة الملف.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/question_columns.py" line="84" />
      <source>%n columns of the layer keep their questions' group path (first: '{column}'): they were checked as their questions ('{question}'...), the names the cleaning log uses.</source>
      <translation>
        <numerusform>‏%n عمود من الطبقة تحتفظ بمسار مجموعة الأسئلة (الأول: '{column}'): فُحصت بأسماء الأسئلة ('{question}'...)، وهي الأسماء التي يستخدمها سجل التنظيف.</numerusform>
        <numerusform>عمود واحد (%n) من الطبقة يحتفظ بمسار مجموعة سؤاله (الأول: '{column}'): فُحص باسم سؤاله '{question}'، وهو الاسم الذي يستخدمه سجل التنظيف.</numerusform>
        <numerusform>عمودان (%n) من الطبقة يحتفظان بمسار مجموعة سؤاليهما (الأول: '{column}'): فُحصا باسمي سؤاليهما ('{question}'...)، وهما الاسمان اللذان يستخدمهما سجل التنظيف.</numerusform>
        <numerusform>‏%n أعمدة من الطبقة تحتفظ بمسار مجموعة الأسئلة (الأول: '{column}'): فُحصت بأسماء الأسئلة ('{question}'...)، وهي الأسماء التي يستخدمها سجل التنظيف.</numerusform>
        <numerusform>‏%n عمودًا من الطبقة تحتفظ بمسار مجموعة الأسئلة (الأول: '{column}'): فُحصت بأسماء الأسئلة ('{question}'...)، وهي الأسماء التي يستخدمها سجل التنظيف.</numerusform>
        <numerusform>‏%n عمود من الطبقة تحتفظ بمسار مجموعة الأسئلة (الأول: '{column}'): فُحصت بأسماء الأسئلة ('{question}'...)، وهي الأسماء التي يستخدمها سجل التنظيف.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="85" />
      <source>%n columns, separated by {separator}.</source>
      <translation>
        <numerusform>‏%n عمود، مفصولة بـ {separator}.</numerusform>
        <numerusform>‏%n عمود، مفصول بـ {separator}.</numerusform>
        <numerusform>‏%n عمودان، مفصولان بـ {separator}.</numerusform>
        <numerusform>‏%n أعمدة، مفصولة بـ {separator}.</numerusform>
        <numerusform>‏%n عمودًا، مفصولة بـ {separator}.</numerusform>
        <numerusform>‏%n عمود، مفصولة بـ {separator}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="131" />
      <source>%n conflicts are between two copies of this package (one package copied onto several laptops?): another copy merged before had changed the values otherwise; the values merged first were kept.</source>
      <translation>
        <numerusform>‏%n تعارض بين نسختين من هذه الحزمة (حزمة واحدة نُسخت على عدة حواسيب محمولة؟): كانت نسخة أخرى دُمجت قبلها قد غيّرت القيم بشكل آخر؛ أُبقي على القيم التي دُمجت أولًا.</numerusform>
        <numerusform>تعارض واحد (%n) بين نسختين من هذه الحزمة (حزمة واحدة نُسخت على عدة حواسيب محمولة؟): كانت نسخة أخرى دُمجت قبلها قد غيّرت القيمة بشكل آخر؛ أُبقي على القيمة التي دُمجت أولًا.</numerusform>
        <numerusform>تعارضان (%n) بين نسختين من هذه الحزمة (حزمة واحدة نُسخت على عدة حواسيب محمولة؟): كانت نسخة أخرى دُمجت قبلها قد غيّرت القيمتين بشكل آخر؛ أُبقي على القيمتين اللتين دُمجتا أولًا.</numerusform>
        <numerusform>‏%n تعارضات بين نسختين من هذه الحزمة (حزمة واحدة نُسخت على عدة حواسيب محمولة؟): كانت نسخة أخرى دُمجت قبلها قد غيّرت القيم بشكل آخر؛ أُبقي على القيم التي دُمجت أولًا.</numerusform>
        <numerusform>‏%n تعارضًا بين نسختين من هذه الحزمة (حزمة واحدة نُسخت على عدة حواسيب محمولة؟): كانت نسخة أخرى دُمجت قبلها قد غيّرت القيم بشكل آخر؛ أُبقي على القيم التي دُمجت أولًا.</numerusform>
        <numerusform>‏%n تعارض بين نسختين من هذه الحزمة (حزمة واحدة نُسخت على عدة حواسيب محمولة؟): كانت نسخة أخرى دُمجت قبلها قد غيّرت القيم بشكل آخر؛ أُبقي على القيم التي دُمجت أولًا.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="116" />
      <source>%n conflicts: values were changed both in the office and in the field. The office values were kept.</source>
      <translation>
        <numerusform>‏%n تعارض: تغيّرت قيم في المكتب وفي الميدان معًا. أُبقي على قيم المكتب.</numerusform>
        <numerusform>تعارض واحد (%n): تغيّرت قيمة في المكتب وفي الميدان معًا. أُبقي على قيمة المكتب.</numerusform>
        <numerusform>تعارضان (%n): تغيّرت قيمتان في المكتب وفي الميدان معًا. أُبقي على قيمتي المكتب.</numerusform>
        <numerusform>‏%n تعارضات: تغيّرت قيم في المكتب وفي الميدان معًا. أُبقي على قيم المكتب.</numerusform>
        <numerusform>‏%n تعارضًا: تغيّرت قيم في المكتب وفي الميدان معًا. أُبقي على قيم المكتب.</numerusform>
        <numerusform>‏%n تعارض: تغيّرت قيم في المكتب وفي الميدان معًا. أُبقي على قيم المكتب.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflicts: values were changed both in the office and in the field. The office values were kept; see the table {table} and {csv}.</source>
      <translation type="vanished">
        <numerusform>‏%n تعارض: تغيّرت قيم في المكتب وفي الميدان معًا. أُبقي على قيم المكتب؛ انظر الجدول {table} و{csv}.</numerusform>
        <numerusform>‏%n تعارض واحد: تغيّرت قيمة في المكتب وفي الميدان معًا. أُبقي على قيمة المكتب؛ انظر الجدول {table} و{csv}.</numerusform>
        <numerusform>‏%n تعارضان: تغيّرت قيمتان في المكتب وفي الميدان معًا. أُبقي على قيمتي المكتب؛ انظر الجدول {table} و{csv}.</numerusform>
        <numerusform>‏%n تعارضات: تغيّرت قيم في المكتب وفي الميدان معًا. أُبقي على قيم المكتب؛ انظر الجدول {table} و{csv}.</numerusform>
        <numerusform>‏%n تعارضًا: تغيّرت قيم في المكتب وفي الميدان معًا. أُبقي على قيم المكتب؛ انظر الجدول {table} و{csv}.</numerusform>
        <numerusform>‏%n تعارض: تغيّرت قيم في المكتب وفي الميدان معًا. أُبقي على قيم المكتب؛ انظر الجدول {table} و{csv}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n date-times written in the field without a time zone ({columns}) were read as the time of the field laptops ({zone}, recorded when the package was prepared) and stored in UTC, as the office stores them.</source>
      <translation type="vanished">
        <numerusform>‏%n قيمة تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بتوقيت الحواسيب المحمولة الميدانية ({zone}، المسجَّل عند تحضير الحزمة) وحُفظت بتوقيت UTC، كما يحفظها المكتب.</numerusform>
        <numerusform>قيمة تاريخ ووقت واحدة (%n) كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بتوقيت الحواسيب المحمولة الميدانية ({zone}، المسجَّل عند تحضير الحزمة) وحُفظت بتوقيت UTC، كما يحفظها المكتب.</numerusform>
        <numerusform>قيمتا تاريخ ووقت (%n) كُتبتا في الميدان بلا منطقة زمنية ({columns}) قُرئتا بتوقيت الحواسيب المحمولة الميدانية ({zone}، المسجَّل عند تحضير الحزمة) وحُفظتا بتوقيت UTC، كما يحفظها المكتب.</numerusform>
        <numerusform>‏%n قيم تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بتوقيت الحواسيب المحمولة الميدانية ({zone}، المسجَّل عند تحضير الحزمة) وحُفظت بتوقيت UTC، كما يحفظها المكتب.</numerusform>
        <numerusform>‏%n قيمةَ تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بتوقيت الحواسيب المحمولة الميدانية ({zone}، المسجَّل عند تحضير الحزمة) وحُفظت بتوقيت UTC، كما يحفظها المكتب.</numerusform>
        <numerusform>‏%n قيمة تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بتوقيت الحواسيب المحمولة الميدانية ({zone}، المسجَّل عند تحضير الحزمة) وحُفظت بتوقيت UTC، كما يحفظها المكتب.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="264" />
      <source>%n date-times written in the field without a time zone ({columns}) were read in the time zone chosen for the field laptops when the package was prepared ({zone}) and stored in UTC, as the office stores them.</source>
      <translation>
        <numerusform>‏%n قيمة تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بالمنطقة الزمنية المختارة للحواسيب المحمولة الميدانية عند تحضير الحزمة ({zone}) وحُفظت بتوقيت UTC، كما يحفظها المكتب.</numerusform>
        <numerusform>قيمة تاريخ ووقت واحدة (%n) كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بالمنطقة الزمنية المختارة للحواسيب المحمولة الميدانية عند تحضير الحزمة ({zone}) وحُفظت بتوقيت UTC، كما يحفظها المكتب.</numerusform>
        <numerusform>قيمتا تاريخ ووقت (%n) كُتبتا في الميدان بلا منطقة زمنية ({columns}) قُرئتا بالمنطقة الزمنية المختارة للحواسيب المحمولة الميدانية عند تحضير الحزمة ({zone}) وحُفظتا بتوقيت UTC، كما يحفظها المكتب.</numerusform>
        <numerusform>‏%n قيم تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بالمنطقة الزمنية المختارة للحواسيب المحمولة الميدانية عند تحضير الحزمة ({zone}) وحُفظت بتوقيت UTC، كما يحفظها المكتب.</numerusform>
        <numerusform>‏%n قيمةَ تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بالمنطقة الزمنية المختارة للحواسيب المحمولة الميدانية عند تحضير الحزمة ({zone}) وحُفظت بتوقيت UTC، كما يحفظها المكتب.</numerusform>
        <numerusform>‏%n قيمة تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بالمنطقة الزمنية المختارة للحواسيب المحمولة الميدانية عند تحضير الحزمة ({zone}) وحُفظت بتوقيت UTC، كما يحفظها المكتب.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="304" />
      <source>%n date-times written in the field without a time zone are in the hour the clocks repeat when they go back in the field laptops' time zone ({zone}) (the first: {value}, fid {row} of {table}, column {column}): they were read as the later of the two possible times; check them.</source>
      <translation>
        <numerusform>‏%n قيمة تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية تقع في الساعة التي تتكرر عند تأخير الساعات في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone}) (الأولى: {value}، fid {row} من {table}، العمود {column}): قُرئت على أنها الأحدث من الوقتين الممكنين؛ تحقق منها.</numerusform>
        <numerusform>قيمة تاريخ ووقت واحدة (%n) كُتبت في الميدان بلا منطقة زمنية تقع في الساعة التي تتكرر عند تأخير الساعات في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone}) ({value}، fid {row} من {table}، العمود {column}): قُرئت على أنها الأحدث من الوقتين الممكنين؛ تحقق منها.</numerusform>
        <numerusform>قيمتا تاريخ ووقت (%n) كُتبتا في الميدان بلا منطقة زمنية تقعان في الساعة التي تتكرر عند تأخير الساعات في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone}) (الأولى: {value}، fid {row} من {table}، العمود {column}): قُرئت على أنها الأحدث من الوقتين الممكنين؛ تحقق منها.</numerusform>
        <numerusform>‏%n قيم تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية تقع في الساعة التي تتكرر عند تأخير الساعات في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone}) (الأولى: {value}، fid {row} من {table}، العمود {column}): قُرئت على أنها الأحدث من الوقتين الممكنين؛ تحقق منها.</numerusform>
        <numerusform>‏%n قيمةً تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية تقع في الساعة التي تتكرر عند تأخير الساعات في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone}) (الأولى: {value}، fid {row} من {table}، العمود {column}): قُرئت على أنها الأحدث من الوقتين الممكنين؛ تحقق منها.</numerusform>
        <numerusform>‏%n قيمة تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية تقع في الساعة التي تتكرر عند تأخير الساعات في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone}) (الأولى: {value}، fid {row} من {table}، العمود {column}): قُرئت على أنها الأحدث من الوقتين الممكنين؛ تحقق منها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n date-times written in the field without a time zone are the office's in UTC's clock, as QGIS 3.22 writes untouched values it saves again, but other times in the field laptops' time zone ({zone}): they were taken as unchanged (the first: fid {row} of {table}, column {column}); if some were corrections made on a laptop, make them again in the office file.</source>
      <translation type="vanished">
        <numerusform>‏%n قيمة تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية هي قيمة المكتب بساعة UTC، كما يكتب QGIS 3.22 القيم غير المعدلة التي يحفظها من جديد، لكنها وقت آخر في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone}): عُدّت غير معدلة (الأولى: fid {row} من {table}، العمود {column})؛ إذا كان بعضها تصحيحات أُجريت على حاسوب محمول، فأعد إجراءها في ملف المكتب.</numerusform>
        <numerusform>قيمة تاريخ ووقت واحدة (%n) كُتبت في الميدان بلا منطقة زمنية هي قيمة المكتب بساعة UTC، كما يكتب QGIS 3.22 القيم غير المعدلة التي يحفظها من جديد، لكنها وقت آخر في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone}): عُدّت غير معدلة (fid {row} من {table}، العمود {column})؛ إذا كانت تصحيحًا أُجري على حاسوب محمول، فأعد إجراءها في ملف المكتب.</numerusform>
        <numerusform>قيمتا تاريخ ووقت (%n) كُتبتا في الميدان بلا منطقة زمنية هي قيمة المكتب بساعة UTC، كما يكتب QGIS 3.22 القيم غير المعدلة التي يحفظها من جديد، لكنها وقت آخر في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone}): عُدّت غير معدلة (الأولى: fid {row} من {table}، العمود {column})؛ إذا كان بعضها تصحيحات أُجريت على حاسوب محمول، فأعد إجراءها في ملف المكتب.</numerusform>
        <numerusform>‏%n قيم تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية هي قيمة المكتب بساعة UTC، كما يكتب QGIS 3.22 القيم غير المعدلة التي يحفظها من جديد، لكنها وقت آخر في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone}): عُدّت غير معدلة (الأولى: fid {row} من {table}، العمود {column})؛ إذا كان بعضها تصحيحات أُجريت على حاسوب محمول، فأعد إجراءها في ملف المكتب.</numerusform>
        <numerusform>‏%n قيمةً تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية هي قيمة المكتب بساعة UTC، كما يكتب QGIS 3.22 القيم غير المعدلة التي يحفظها من جديد، لكنها وقت آخر في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone}): عُدّت غير معدلة (الأولى: fid {row} من {table}، العمود {column})؛ إذا كان بعضها تصحيحات أُجريت على حاسوب محمول، فأعد إجراءها في ملف المكتب.</numerusform>
        <numerusform>‏%n قيمة تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية هي قيمة المكتب بساعة UTC، كما يكتب QGIS 3.22 القيم غير المعدلة التي يحفظها من جديد، لكنها وقت آخر في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone}): عُدّت غير معدلة (الأولى: fid {row} من {table}، العمود {column})؛ إذا كان بعضها تصحيحات أُجريت على حاسوب محمول، فأعد إجراءها في ملف المكتب.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="283" />
      <source>%n date-times written in the field without a time zone do not exist in the field laptops' time zone ({zone}), in the hour the clocks skip when they go forward (the first: {value}, fid {row} of {table}, column {column}): they were not merged and are listed in the table {conflicts}; write in the office file the times they really were.</source>
      <translation>
        <numerusform>‏%n قيمة تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية لا وجود لها في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone})، في الساعة التي تقفزها الساعات عند تقديمها (الأولى: {value}، fid {row} من {table}، العمود {column}): لم تُدمج وهي مدرجة في الجدول {conflicts}؛ اكتب في ملف المكتب الوقت الذي كان فعلًا.</numerusform>
        <numerusform>قيمة تاريخ ووقت واحدة (%n) كُتبت في الميدان بلا منطقة زمنية لا وجود لها في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone})، في الساعة التي تقفزها الساعات عند تقديمها ({value}، fid {row} من {table}، العمود {column}): لم تُدمج وهي مدرجة في الجدول {conflicts}؛ اكتب في ملف المكتب الوقت الذي كان فعلًا.</numerusform>
        <numerusform>قيمتا تاريخ ووقت (%n) كُتبتا في الميدان بلا منطقة زمنية لا وجود لها في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone})، في الساعة التي تقفزها الساعات عند تقديمها (الأولى: {value}، fid {row} من {table}، العمود {column}): لم تُدمج وهي مدرجة في الجدول {conflicts}؛ اكتب في ملف المكتب الوقت الذي كان فعلًا.</numerusform>
        <numerusform>‏%n قيم تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية لا وجود لها في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone})، في الساعة التي تقفزها الساعات عند تقديمها (الأولى: {value}، fid {row} من {table}، العمود {column}): لم تُدمج وهي مدرجة في الجدول {conflicts}؛ اكتب في ملف المكتب الوقت الذي كان فعلًا.</numerusform>
        <numerusform>‏%n قيمةً تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية لا وجود لها في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone})، في الساعة التي تقفزها الساعات عند تقديمها (الأولى: {value}، fid {row} من {table}، العمود {column}): لم تُدمج وهي مدرجة في الجدول {conflicts}؛ اكتب في ملف المكتب الوقت الذي كان فعلًا.</numerusform>
        <numerusform>‏%n قيمة تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية لا وجود لها في المنطقة الزمنية للحواسيب المحمولة الميدانية ({zone})، في الساعة التي تقفزها الساعات عند تقديمها (الأولى: {value}، fid {row} من {table}، العمود {column}): لم تُدمج وهي مدرجة في الجدول {conflicts}؛ اكتب في ملف المكتب الوقت الذي كان فعلًا.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="88" />
      <source>%n dates of {column} are not ISO dates (YYYY-MM-DD) and could not be read as day/month/year without doubt (first: {uuid}, '{value}'): their interviews were not checked for duration, collection period or bursts. Export the data again from the server, or write the dates YYYY-MM-DD.</source>
      <translation>
        <numerusform>‏%n تاريخ في {column} ليست بصيغة ISO (YYYY-MM-DD) وتعذّرت قراءتها بلا لبس على أنها يوم/شهر/سنة (الأول: {uuid}، '{value}'): لم تُفحص مقابلاتها من حيث المدة أو فترة الجمع أو المقابلات المتتالية. صدّر البيانات مرة أخرى من الخادم، أو اكتب التواريخ بالصيغة YYYY-MM-DD.</numerusform>
        <numerusform>تاريخ واحد (%n) في {column} ليس بصيغة ISO (YYYY-MM-DD) وتعذّرت قراءته بلا لبس على أنه يوم/شهر/سنة (الأول: {uuid}، '{value}'): لم تُفحص مقابلته من حيث المدة أو فترة الجمع أو المقابلات المتتالية. صدّر البيانات مرة أخرى من الخادم، أو اكتب التواريخ بالصيغة YYYY-MM-DD.</numerusform>
        <numerusform>تاريخان (%n) في {column} ليسا بصيغة ISO (YYYY-MM-DD) وتعذّرت قراءتهما بلا لبس على أنهما يوم/شهر/سنة (الأول: {uuid}، '{value}'): لم تُفحص مقابلتاهما من حيث المدة أو فترة الجمع أو المقابلات المتتالية. صدّر البيانات مرة أخرى من الخادم، أو اكتب التواريخ بالصيغة YYYY-MM-DD.</numerusform>
        <numerusform>‏%n تواريخ في {column} ليست بصيغة ISO (YYYY-MM-DD) وتعذّرت قراءتها بلا لبس على أنها يوم/شهر/سنة (الأول: {uuid}، '{value}'): لم تُفحص مقابلاتها من حيث المدة أو فترة الجمع أو المقابلات المتتالية. صدّر البيانات مرة أخرى من الخادم، أو اكتب التواريخ بالصيغة YYYY-MM-DD.</numerusform>
        <numerusform>‏%n تاريخًا في {column} ليست بصيغة ISO (YYYY-MM-DD) وتعذّرت قراءتها بلا لبس على أنها يوم/شهر/سنة (الأول: {uuid}، '{value}'): لم تُفحص مقابلاتها من حيث المدة أو فترة الجمع أو المقابلات المتتالية. صدّر البيانات مرة أخرى من الخادم، أو اكتب التواريخ بالصيغة YYYY-MM-DD.</numerusform>
        <numerusform>‏%n تاريخ في {column} ليست بصيغة ISO (YYYY-MM-DD) وتعذّرت قراءتها بلا لبس على أنها يوم/شهر/سنة (الأول: {uuid}، '{value}'): لم تُفحص مقابلاتها من حيث المدة أو فترة الجمع أو المقابلات المتتالية. صدّر البيانات مرة أخرى من الخادم، أو اكتب التواريخ بالصيغة YYYY-MM-DD.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="115" />
      <source>%n decisions are still pending: they change nothing.</source>
      <translation>
        <numerusform>‏%n قرار لا يزال معلّقًا: لا يغيّر شيئًا.</numerusform>
        <numerusform>‏%n قرار لا يزال معلّقًا: لا يغيّر شيئًا.</numerusform>
        <numerusform>‏%n قراران لا يزالان معلّقين: لا يغيّران شيئًا.</numerusform>
        <numerusform>‏%n قرارات لا تزال معلّقة: لا تغيّر شيئًا.</numerusform>
        <numerusform>‏%n قرارًا لا تزال معلّقة: لا تغيّر شيئًا.</numerusform>
        <numerusform>‏%n قرار لا تزال معلّقة: لا تغيّر شيئًا.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="206" />
      <source>%n decisions of the saved log are kept.</source>
      <translation>
        <numerusform>يُحتفظ بـ %n قرار من السجل المحفوظ.</numerusform>
        <numerusform>يُحتفظ بـ %n قرار من السجل المحفوظ.</numerusform>
        <numerusform>يُحتفظ بـ %n قرارين من السجل المحفوظ.</numerusform>
        <numerusform>يُحتفظ بـ %n قرارات من السجل المحفوظ.</numerusform>
        <numerusform>يُحتفظ بـ %n قرارًا من السجل المحفوظ.</numerusform>
        <numerusform>يُحتفظ بـ %n قرار من السجل المحفوظ.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/replace.py" line="190" />
      <source>%n decisions saved in the replaced schema {schema} by {who} were dropped.</source>
      <translation>
        <numerusform>حُذف %n قرار حفظه {who} في المخطط المستبدَل {schema}.</numerusform>
        <numerusform>حُذف قرار واحد (%n) حفظه {who} في المخطط المستبدَل {schema}.</numerusform>
        <numerusform>حُذف قراران (%n) حفظهما {who} في المخطط المستبدَل {schema}.</numerusform>
        <numerusform>حُذفت %n قرارات حفظها {who} في المخطط المستبدَل {schema}.</numerusform>
        <numerusform>حُذف %n قرارًا حفظها {who} في المخطط المستبدَل {schema}.</numerusform>
        <numerusform>حُذف %n قرار حفظها {who} في المخطط المستبدَل {schema}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/review_sheet.py" line="112" />
      <source>%n decisions saved.</source>
      <translation>
        <numerusform>حُفظ %n قرار.</numerusform>
        <numerusform>حُفظ %n قرار واحد.</numerusform>
        <numerusform>حُفظ %n قراران.</numerusform>
        <numerusform>حُفظت %n قرارات.</numerusform>
        <numerusform>حُفظ %n قرارًا.</numerusform>
        <numerusform>حُفظ %n قرار.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/review.py" line="384" />
      <source>%n decisions were not saved because someone else decided on the same rows first:
{rows}</source>
      <translation>
        <numerusform>لم يُحفظ %n قرار لأن شخصًا آخر قرّر بشأن الصفوف نفسها أولًا:
{rows}</numerusform>
        <numerusform>لم يُحفظ %n قرار واحد لأن شخصًا آخر قرّر بشأن الصفوف نفسها أولًا:
{rows}</numerusform>
        <numerusform>لم يُحفظ %n قراران لأن شخصًا آخر قرّر بشأن الصفوف نفسها أولًا:
{rows}</numerusform>
        <numerusform>لم تُحفظ %n قرارات لأن شخصًا آخر قرّر بشأن الصفوف نفسها أولًا:
{rows}</numerusform>
        <numerusform>لم يُحفظ %n قرارًا لأن شخصًا آخر قرّر بشأن الصفوف نفسها أولًا:
{rows}</numerusform>
        <numerusform>لم يُحفظ %n قرار لأن شخصًا آخر قرّر بشأن الصفوف نفسها أولًا:
{rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/review.py" line="367" />
      <source>%n decisions were not saved: their log rows now hold another submission, question or old value:
{rows}</source>
      <translation>
        <numerusform>لم يُحفظ %n قرار: صفوفها في السجل تحتوي الآن على إرسال آخر أو سؤال آخر أو قيمة قديمة أخرى:
{rows}</numerusform>
        <numerusform>لم يُحفظ قرار واحد (%n): صفه في السجل يحتوي الآن على إرسال آخر أو سؤال آخر أو قيمة قديمة أخرى:
{rows}</numerusform>
        <numerusform>لم يُحفظ قراران (%n): صفاهما في السجل يحتويان الآن على إرسال آخر أو سؤال آخر أو قيمة قديمة أخرى:
{rows}</numerusform>
        <numerusform>لم تُحفظ %n قرارات: صفوفها في السجل تحتوي الآن على إرسال آخر أو سؤال آخر أو قيمة قديمة أخرى:
{rows}</numerusform>
        <numerusform>لم يُحفظ %n قرارًا: صفوفها في السجل تحتوي الآن على إرسال آخر أو سؤال آخر أو قيمة قديمة أخرى:
{rows}</numerusform>
        <numerusform>لم يُحفظ %n قرار: صفوفها في السجل تحتوي الآن على إرسال آخر أو سؤال آخر أو قيمة قديمة أخرى:
{rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/review.py" line="379" />
      <source>%n decisions were not saved: their rows are no longer in the cleaning log:
{rows}</source>
      <translation>
        <numerusform>لم يُحفظ %n قرار: صفوفها لم تعد في سجل التنظيف:
{rows}</numerusform>
        <numerusform>لم يُحفظ %n قرار واحد: صفه لم يعد في سجل التنظيف:
{rows}</numerusform>
        <numerusform>لم يُحفظ %n قراران: صفاهما لم يعودا في سجل التنظيف:
{rows}</numerusform>
        <numerusform>لم تُحفظ %n قرارات: صفوفها لم تعد في سجل التنظيف:
{rows}</numerusform>
        <numerusform>لم يُحفظ %n قرارًا: صفوفها لم تعد في سجل التنظيف:
{rows}</numerusform>
        <numerusform>لم يُحفظ %n قرار: صفوفها لم تعد في سجل التنظيف:
{rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="138" />
      <source>%n files linked from the merged rows are not in the returned package and were not copied: {files}. Copy them from the field laptop (the package's data folder) into the folder of {office}.</source>
      <translation>
        <numerusform>‏%n ملف تشير إليها الصفوف المدمجة ليست في الحزمة المُعادة ولم تُنسخ: {files}. انسخها من الحاسوب المحمول الميداني (مجلد بيانات الحزمة) إلى مجلد {office}.</numerusform>
        <numerusform>ملف واحد (%n) تشير إليه الصفوف المدمجة ليس في الحزمة المُعادة ولم يُنسخ: {files}. انسخه من الحاسوب المحمول الميداني (مجلد بيانات الحزمة) إلى مجلد {office}.</numerusform>
        <numerusform>ملفان (%n) تشير إليهما الصفوف المدمجة ليسا في الحزمة المُعادة ولم يُنسخا: {files}. انسخهما من الحاسوب المحمول الميداني (مجلد بيانات الحزمة) إلى مجلد {office}.</numerusform>
        <numerusform>‏%n ملفات تشير إليها الصفوف المدمجة ليست في الحزمة المُعادة ولم تُنسخ: {files}. انسخها من الحاسوب المحمول الميداني (مجلد بيانات الحزمة) إلى مجلد {office}.</numerusform>
        <numerusform>‏%n ملفًا تشير إليها الصفوف المدمجة ليست في الحزمة المُعادة ولم تُنسخ: {files}. انسخها من الحاسوب المحمول الميداني (مجلد بيانات الحزمة) إلى مجلد {office}.</numerusform>
        <numerusform>‏%n ملف تشير إليها الصفوف المدمجة ليست في الحزمة المُعادة ولم تُنسخ: {files}. انسخها من الحاسوب المحمول الميداني (مجلد بيانات الحزمة) إلى مجلد {office}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/package.py" line="254" />
      <source>%n files of the attachments folder of {file} belong to no remaining submission (deleted since?) and were not packaged: {files}</source>
      <translation>
        <numerusform>‏%n ملف من مجلد المرفقات في {file} لا تنتمي إلى أي إرسال متبقٍّ (حُذف منذ ذلك الحين؟) ولم تُوضع في الحزمة: {files}</numerusform>
        <numerusform>ملف واحد (%n) من مجلد المرفقات في {file} لا ينتمي إلى أي إرسال متبقٍّ (حُذف منذ ذلك الحين؟) ولم يُوضع في الحزمة: {files}</numerusform>
        <numerusform>ملفان (%n) من مجلد المرفقات في {file} لا ينتميان إلى أي إرسال متبقٍّ (حُذف منذ ذلك الحين؟) ولم يُوضعا في الحزمة: {files}</numerusform>
        <numerusform>‏%n ملفات من مجلد المرفقات في {file} لا تنتمي إلى أي إرسال متبقٍّ (حُذف منذ ذلك الحين؟) ولم تُوضع في الحزمة: {files}</numerusform>
        <numerusform>‏%n ملفًا من مجلد المرفقات في {file} لا تنتمي إلى أي إرسال متبقٍّ (حُذف منذ ذلك الحين؟) ولم تُوضع في الحزمة: {files}</numerusform>
        <numerusform>‏%n ملف من مجلد المرفقات في {file} لا تنتمي إلى أي إرسال متبقٍّ (حُذف منذ ذلك الحين؟) ولم تُوضع في الحزمة: {files}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="157" />
      <source>%n forms. Select one, then Next.</source>
      <translation>
        <numerusform>‏%n نموذج. اختر نموذجًا ثم «التالي».</numerusform>
        <numerusform>‏%n نموذج. اختره ثم «التالي».</numerusform>
        <numerusform>‏%n نموذجان. اختر أحدهما ثم «التالي».</numerusform>
        <numerusform>‏%n نماذج. اختر واحدًا ثم «التالي».</numerusform>
        <numerusform>‏%n نموذجًا. اختر واحدًا ثم «التالي».</numerusform>
        <numerusform>‏%n نموذج. اختر واحدًا ثم «التالي».</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="145" />
      <source>%n interviews have no {column} time: they were not checked for duration, collection period or bursts.</source>
      <translation>
        <numerusform>‏%n مقابلة بلا وقت {column}: لم تُفحص من حيث المدة أو فترة الجمع أو المقابلات المتتالية.</numerusform>
        <numerusform>مقابلة واحدة (%n) بلا وقت {column}: لم تُفحص من حيث المدة أو فترة الجمع أو المقابلات المتتالية.</numerusform>
        <numerusform>مقابلتان (%n) بلا وقت {column}: لم تُفحصا من حيث المدة أو فترة الجمع أو المقابلات المتتالية.</numerusform>
        <numerusform>‏%n مقابلات بلا وقت {column}: لم تُفحص من حيث المدة أو فترة الجمع أو المقابلات المتتالية.</numerusform>
        <numerusform>‏%n مقابلةً بلا وقت {column}: لم تُفحص من حيث المدة أو فترة الجمع أو المقابلات المتتالية.</numerusform>
        <numerusform>‏%n مقابلة بلا وقت {column}: لم تُفحص من حيث المدة أو فترة الجمع أو المقابلات المتتالية.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="233" />
      <source>%n items of the repeat {repeat} (not submissions) imported into {file}; {missing} without location. Tables: {tables}. Language: {language}.</source>
      <translation>
        <numerusform>استُورد %n عنصر من التكرار {repeat} (وليست إرسالات) في {file}؛ {missing} بلا موقع. الجداول: {tables}. اللغة: {language}.</numerusform>
        <numerusform>استُورد %n عنصر من التكرار {repeat} (وليس إرسالًا) في {file}؛ {missing} بلا موقع. الجداول: {tables}. اللغة: {language}.</numerusform>
        <numerusform>استُورد %n عنصران من التكرار {repeat} (وليسا إرسالين) في {file}؛ {missing} بلا موقع. الجداول: {tables}. اللغة: {language}.</numerusform>
        <numerusform>استُوردت %n عناصر من التكرار {repeat} (وليست إرسالات) في {file}؛ {missing} بلا موقع. الجداول: {tables}. اللغة: {language}.</numerusform>
        <numerusform>استُورد %n عنصرًا من التكرار {repeat} (وليست إرسالات) في {file}؛ {missing} بلا موقع. الجداول: {tables}. اللغة: {language}.</numerusform>
        <numerusform>استُورد %n عنصر من التكرار {repeat} (وليست إرسالات) في {file}؛ {missing} بلا موقع. الجداول: {tables}. اللغة: {language}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/import_survey.py" line="95" />
      <source>%n items of the repeat {repeat} imported ({missing} without location) into {file} in {seconds:.1f} s; they are not submissions.</source>
      <translation>
        <numerusform>استُورد %n عنصر من التكرار {repeat} ({missing} بلا موقع) في {file} خلال {seconds:.1f} ث؛ وهي ليست إرسالات.</numerusform>
        <numerusform>استُورد %n عنصر من التكرار {repeat} ({missing} بلا موقع) في {file} خلال {seconds:.1f} ث؛ وهو ليس إرسالًا.</numerusform>
        <numerusform>استُورد %n عنصران من التكرار {repeat} ({missing} بلا موقع) في {file} خلال {seconds:.1f} ث؛ وهما ليسا إرسالين.</numerusform>
        <numerusform>استُوردت %n عناصر من التكرار {repeat} ({missing} بلا موقع) في {file} خلال {seconds:.1f} ث؛ وهي ليست إرسالات.</numerusform>
        <numerusform>استُورد %n عنصرًا من التكرار {repeat} ({missing} بلا موقع) في {file} خلال {seconds:.1f} ث؛ وهي ليست إرسالات.</numerusform>
        <numerusform>استُورد %n عنصر من التكرار {repeat} ({missing} بلا موقع) في {file} خلال {seconds:.1f} ث؛ وهي ليست إرسالات.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="226" />
      <source>%n kept as they are</source>
      <translation>
        <numerusform>‏%n صف تبقى كما هي</numerusform>
        <numerusform>صف واحد (%n) يبقى كما هو</numerusform>
        <numerusform>صفان (%n) يبقيان كما هما</numerusform>
        <numerusform>‏%n صفوف تبقى كما هي</numerusform>
        <numerusform>‏%n صفًا تبقى كما هي</numerusform>
        <numerusform>‏%n صف تبقى كما هي</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="65" />
      <source>%n labels were updated to match their changed answers.</source>
      <translation>
        <numerusform>لم تُحدَّث أي تسمية (%n) لتطابق الإجابات المعدَّلة.</numerusform>
        <numerusform>حُدِّثت تسمية واحدة (%n) لتطابق الإجابة المعدَّلة.</numerusform>
        <numerusform>حُدِّثت تسمية لكل من الإجابتين المعدَّلتين (%n): إجابات وتسميات متطابقة.</numerusform>
        <numerusform>حُدِّثت %n تسميات لتطابق الإجابات المعدَّلة.</numerusform>
        <numerusform>حُدِّثت %n تسمية لتطابق الإجابات المعدَّلة.</numerusform>
        <numerusform>حُدِّثت %n تسمية لتطابق الإجابات المعدَّلة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/returned_files.py" line="148" />
      <source>%n links of the merged rows point out of the package's attachment folders ({folders}) and were not followed: {files}. No file was copied for them.</source>
      <translation>
        <numerusform>‏%n رابط في الصفوف المدمجة تشير إلى خارج مجلدات المرفقات في الحزمة ({folders}) ولم تُتبع: {files}. لم يُنسخ أي ملف لها.</numerusform>
        <numerusform>رابط واحد (%n) في الصفوف المدمجة يشير إلى خارج مجلدات المرفقات في الحزمة ({folders}) ولم يُتبع: {files}. لم يُنسخ أي ملف له.</numerusform>
        <numerusform>رابطان (%n) في الصفوف المدمجة يشيران إلى خارج مجلدات المرفقات في الحزمة ({folders}) ولم يُتبعا: {files}. لم يُنسخ أي ملف لهما.</numerusform>
        <numerusform>‏%n روابط في الصفوف المدمجة تشير إلى خارج مجلدات المرفقات في الحزمة ({folders}) ولم تُتبع: {files}. لم يُنسخ أي ملف لها.</numerusform>
        <numerusform>‏%n رابطًا في الصفوف المدمجة تشير إلى خارج مجلدات المرفقات في الحزمة ({folders}) ولم تُتبع: {files}. لم يُنسخ أي ملف لها.</numerusform>
        <numerusform>‏%n رابط في الصفوف المدمجة تشير إلى خارج مجلدات المرفقات في الحزمة ({folders}) ولم تُتبع: {files}. لم يُنسخ أي ملف لها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/apply_log.py" line="255" />
      <source>%n log rows pending</source>
      <translation>
        <numerusform>‏%n صف معلّق في السجل</numerusform>
        <numerusform>صف واحد (%n) معلّق في السجل</numerusform>
        <numerusform>صفان (%n) معلّقان في السجل</numerusform>
        <numerusform>‏%n صفوف معلّقة في السجل</numerusform>
        <numerusform>‏%n صفًا معلّقًا في السجل</numerusform>
        <numerusform>‏%n صف معلّق في السجل</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="225" />
      <source>%n log rows still pending</source>
      <translation>
        <numerusform>‏%n صف في السجل لا تزال معلّقة</numerusform>
        <numerusform>صف واحد (%n) في السجل لا يزال معلّقًا</numerusform>
        <numerusform>صفان (%n) في السجل لا يزالان معلّقين</numerusform>
        <numerusform>‏%n صفوف في السجل لا تزال معلّقة</numerusform>
        <numerusform>‏%n صفًا في السجل لا تزال معلّقة</numerusform>
        <numerusform>‏%n صف في السجل لا تزال معلّقة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_json.py" line="171" />
      <source>%n more submissions from {host} held such characters, replaced the same way.</source>
      <translation>
        <numerusform>احتوى %n إرسال آخر من {host} على أحرف كهذه، استُبدلت بالطريقة نفسها.</numerusform>
        <numerusform>احتوى إرسال واحد آخر (%n) من {host} على أحرف كهذه، استُبدلت بالطريقة نفسها.</numerusform>
        <numerusform>احتوى إرسالان آخران (%n) من {host} على أحرف كهذه، استُبدلت بالطريقة نفسها.</numerusform>
        <numerusform>احتوت %n إرسالات أخرى من {host} على أحرف كهذه، استُبدلت بالطريقة نفسها.</numerusform>
        <numerusform>احتوى %n إرسالًا آخر من {host} على أحرف كهذه، استُبدلت بالطريقة نفسها.</numerusform>
        <numerusform>احتوى %n إرسال آخر من {host} على أحرف كهذه، استُبدلت بالطريقة نفسها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="260" />
      <source>%n new submissions</source>
      <translation>
        <numerusform>‏%n إرسال جديد</numerusform>
        <numerusform>إرسال جديد واحد (%n)</numerusform>
        <numerusform>إرسالان جديدان (%n)</numerusform>
        <numerusform>‏%n إرسالات جديدة</numerusform>
        <numerusform>‏%n إرسالًا جديدًا</numerusform>
        <numerusform>‏%n إرسال جديد</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="153" />
      <source>%n new submissions came from the field without a _uuid: they were added with new ones ({uuids}).</source>
      <translation>
        <numerusform>‏%n إرسال جديد وصل من الميدان بلا _uuid: أُضيف كل منها بمعرّف جديد ({uuids}).</numerusform>
        <numerusform>إرسال جديد واحد (%n) وصل من الميدان بلا _uuid: أُضيف بمعرّف جديد ({uuids}).</numerusform>
        <numerusform>إرسالان جديدان (%n) وصلا من الميدان بلا _uuid: أُضيفا بمعرّفين جديدين ({uuids}).</numerusform>
        <numerusform>‏%n إرسالات جديدة وصلت من الميدان بلا _uuid: أُضيفت بمعرّفات جديدة ({uuids}).</numerusform>
        <numerusform>‏%n إرسالًا جديدًا وصلت من الميدان بلا _uuid: أُضيفت بمعرّفات جديدة ({uuids}).</numerusform>
        <numerusform>‏%n إرسال جديد وصلت من الميدان بلا _uuid: أُضيفت بمعرّفات جديدة ({uuids}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="168" />
      <source>%n new submissions downloaded into {file}.</source>
      <translation>
        <numerusform>تم تنزيل %n إرسال جديد في {file}.</numerusform>
        <numerusform>تم تنزيل %n إرسال جديد في {file}.</numerusform>
        <numerusform>تم تنزيل %n إرسالين جديدين في {file}.</numerusform>
        <numerusform>تم تنزيل %n إرسالات جديدة في {file}.</numerusform>
        <numerusform>تم تنزيل %n إرسالًا جديدًا في {file}.</numerusform>
        <numerusform>تم تنزيل %n إرسال جديد في {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="91" />
      <source>%n of the {total} rows of {table} the package left with differ in the returned copy (most in the columns {columns}): a layer re-saved or converted by another program, or replaced by another one, looks like this; its changes were merged where the office had not changed the value, so check those columns in {office} before relying on them.</source>
      <translation>
        <numerusform>‏%n من أصل {total} صف من {table} خرجت مع الحزمة تختلف في النسخة المُعادة (أكثرها في الأعمدة {columns}): هكذا تبدو طبقة أُعيد حفظها أو حوّلها برنامج آخر، أو استُبدلت بأخرى؛ دُمجت تغييراتها حيث لم يغيّر المكتب القيمة، فتحقّق من تلك الأعمدة في {office} قبل الاعتماد عليها.</numerusform>
        <numerusform>صف واحد (%n) من أصل {total} صف من {table} خرجت مع الحزمة يختلف في النسخة المُعادة (أكثره في الأعمدة {columns}): هكذا تبدو طبقة أُعيد حفظها أو حوّلها برنامج آخر، أو استُبدلت بأخرى؛ دُمجت تغييراتها حيث لم يغيّر المكتب القيمة، فتحقّق من تلك الأعمدة في {office} قبل الاعتماد عليها.</numerusform>
        <numerusform>صفّان (%n) من أصل {total} صف من {table} خرجت مع الحزمة يختلفان في النسخة المُعادة (أكثرهما في الأعمدة {columns}): هكذا تبدو طبقة أُعيد حفظها أو حوّلها برنامج آخر، أو استُبدلت بأخرى؛ دُمجت تغييراتها حيث لم يغيّر المكتب القيمة، فتحقّق من تلك الأعمدة في {office} قبل الاعتماد عليها.</numerusform>
        <numerusform>‏%n صفوف من أصل {total} صف من {table} خرجت مع الحزمة تختلف في النسخة المُعادة (أكثرها في الأعمدة {columns}): هكذا تبدو طبقة أُعيد حفظها أو حوّلها برنامج آخر، أو استُبدلت بأخرى؛ دُمجت تغييراتها حيث لم يغيّر المكتب القيمة، فتحقّق من تلك الأعمدة في {office} قبل الاعتماد عليها.</numerusform>
        <numerusform>‏%n صفًا من أصل {total} صف من {table} خرجت مع الحزمة تختلف في النسخة المُعادة (أكثرها في الأعمدة {columns}): هكذا تبدو طبقة أُعيد حفظها أو حوّلها برنامج آخر، أو استُبدلت بأخرى؛ دُمجت تغييراتها حيث لم يغيّر المكتب القيمة، فتحقّق من تلك الأعمدة في {office} قبل الاعتماد عليها.</numerusform>
        <numerusform>‏%n من أصل {total} صف من {table} خرجت مع الحزمة تختلف في النسخة المُعادة (أكثرها في الأعمدة {columns}): هكذا تبدو طبقة أُعيد حفظها أو حوّلها برنامج آخر، أو استُبدلت بأخرى؛ دُمجت تغييراتها حيث لم يغيّر المكتب القيمة، فتحقّق من تلك الأعمدة في {office} قبل الاعتماد عليها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/basemap.py" line="315" />
      <source>%n of {total} tiles could not be downloaded (a server error, no answer or an invalid image): the basemap has holes at zoom {zooms}.</source>
      <translation>
        <numerusform>تعذّر تنزيل %n بلاطة من أصل {total} (خطأ في الخادم، أو لا رد، أو صورة غير صالحة): في خريطة الأساس ثغرات عند مستوى التكبير {zooms}.</numerusform>
        <numerusform>تعذّر تنزيل بلاطة واحدة (%n) من أصل {total} (خطأ في الخادم، أو لا رد، أو صورة غير صالحة): في خريطة الأساس ثغرات عند مستوى التكبير {zooms}.</numerusform>
        <numerusform>تعذّر تنزيل بلاطتين (%n) من أصل {total} (خطأ في الخادم، أو لا رد، أو صورة غير صالحة): في خريطة الأساس ثغرات عند مستوى التكبير {zooms}.</numerusform>
        <numerusform>تعذّر تنزيل %n بلاطات من أصل {total} (خطأ في الخادم، أو لا رد، أو صورة غير صالحة): في خريطة الأساس ثغرات عند مستوى التكبير {zooms}.</numerusform>
        <numerusform>تعذّر تنزيل %n بلاطةً من أصل {total} (خطأ في الخادم، أو لا رد، أو صورة غير صالحة): في خريطة الأساس ثغرات عند مستوى التكبير {zooms}.</numerusform>
        <numerusform>تعذّر تنزيل %n بلاطة من أصل {total} (خطأ في الخادم، أو لا رد، أو صورة غير صالحة): في خريطة الأساس ثغرات عند مستوى التكبير {zooms}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="262" />
      <source>%n pages</source>
      <translation>
        <numerusform>‏%n صفحة</numerusform>
        <numerusform>صفحة واحدة (%n)</numerusform>
        <numerusform>صفحتان (%n)</numerusform>
        <numerusform>‏%n صفحات</numerusform>
        <numerusform>‏%n صفحةً</numerusform>
        <numerusform>‏%n صفحة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="196" />
      <source>%n pending</source>
      <translation>
        <numerusform>‏%n صف معلّق</numerusform>
        <numerusform>صف واحد (%n) معلّق</numerusform>
        <numerusform>صفان (%n) معلّقان</numerusform>
        <numerusform>‏%n صفوف معلّقة</numerusform>
        <numerusform>‏%n صفًا معلّقًا</numerusform>
        <numerusform>‏%n صف معلّق</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="133" />
      <source>%n photos or files linked from those columns were left out too.</source>
      <translation>
        <numerusform>استُبعدت أيضًا %n صورة أو ملف مرتبطة بتلك الأعمدة.</numerusform>
        <numerusform>استُبعدت أيضًا صورة أو ملف واحد (%n) مرتبط بتلك الأعمدة.</numerusform>
        <numerusform>استُبعدت أيضًا صورتان أو ملفان (%n) مرتبطان بتلك الأعمدة.</numerusform>
        <numerusform>استُبعدت أيضًا %n صور أو ملفات مرتبطة بتلك الأعمدة.</numerusform>
        <numerusform>استُبعدت أيضًا %n صورةً أو ملفًا مرتبطة بتلك الأعمدة.</numerusform>
        <numerusform>استُبعدت أيضًا %n صورة أو ملف مرتبطة بتلك الأعمدة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/field/wizard.py" line="379" />
      <source>%n photos or files of the submissions were missing: they are listed in manifest.json.</source>
      <translation>
        <numerusform>كانت %n صورة أو ملف من الإرسالات مفقودة: وهي مدرجة في manifest.json.</numerusform>
        <numerusform>كانت %n صورة أو ملف واحد من الإرسالات مفقودًا: وهو مدرج في manifest.json.</numerusform>
        <numerusform>كانت %n صورتان أو ملفان من الإرسالات مفقودة: وهي مدرجة في manifest.json.</numerusform>
        <numerusform>كانت %n صور أو ملفات من الإرسالات مفقودة: وهي مدرجة في manifest.json.</numerusform>
        <numerusform>كانت %n صورة أو ملفًا من الإرسالات مفقودة: وهي مدرجة في manifest.json.</numerusform>
        <numerusform>كانت %n صورة أو ملف من الإرسالات مفقودة: وهي مدرجة في manifest.json.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/label_language.py" line="76" />
      <source>%n questions</source>
      <translation>
        <numerusform>‏%n سؤال</numerusform>
        <numerusform>سؤال واحد (%n)</numerusform>
        <numerusform>سؤالين (%n)</numerusform>
        <numerusform>‏%n أسئلة</numerusform>
        <numerusform>‏%n سؤالًا</numerusform>
        <numerusform>‏%n سؤال</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="94" />
      <source>%n repeat rows added</source>
      <translation>
        <numerusform>‏%n صف تكرار مضاف</numerusform>
        <numerusform>صف تكرار واحد (%n) مضاف</numerusform>
        <numerusform>صفّا تكرار (%n) مضافان</numerusform>
        <numerusform>‏%n صفوف تكرار مضافة</numerusform>
        <numerusform>‏%n صفًا للتكرار مضافًا</numerusform>
        <numerusform>‏%n صف تكرار مضاف</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_repeats.py" line="180" />
      <source>%n repeat rows of form {id} on {host} belong to no submission that was downloaded ({parents}), so they are not in the GeoPackage. A submission sent during the download comes with the next update.</source>
      <translation>
        <numerusform>‏%n من صفوف التكرار في النموذج {id} على {host} لا تنتمي إلى أي إرسال نُزِّل ({parents})، لذا ليست في GeoPackage. الإرسال الذي أُرسل أثناء التنزيل يأتي مع التحديث التالي.</numerusform>
        <numerusform>صف تكرار واحد (%n) من النموذج {id} على {host} لا ينتمي إلى أي إرسال نُزِّل ({parents})، لذا ليس في GeoPackage. الإرسال الذي أُرسل أثناء التنزيل يأتي مع التحديث التالي.</numerusform>
        <numerusform>صفا تكرار (%n) من النموذج {id} على {host} لا ينتميان إلى أي إرسال نُزِّل ({parents})، لذا ليسا في GeoPackage. الإرسال الذي أُرسل أثناء التنزيل يأتي مع التحديث التالي.</numerusform>
        <numerusform>‏%n من صفوف التكرار في النموذج {id} على {host} لا تنتمي إلى أي إرسال نُزِّل ({parents})، لذا ليست في GeoPackage. الإرسال الذي أُرسل أثناء التنزيل يأتي مع التحديث التالي.</numerusform>
        <numerusform>‏%n من صفوف التكرار في النموذج {id} على {host} لا تنتمي إلى أي إرسال نُزِّل ({parents})، لذا ليست في GeoPackage. الإرسال الذي أُرسل أثناء التنزيل يأتي مع التحديث التالي.</numerusform>
        <numerusform>‏%n من صفوف التكرار في النموذج {id} على {host} لا تنتمي إلى أي إرسال نُزِّل ({parents})، لذا ليست في GeoPackage. الإرسال الذي أُرسل أثناء التنزيل يأتي مع التحديث التالي.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="69" />
      <source>%n rows added in the field came without an _index, or with one the office holds: they were given the office's next ones ({indexes}), which the rows added under them name as their _parent_index.</source>
      <translation>
        <numerusform>‏%n صف أُضيفت في الميدان بلا _index أو بقيمة يستخدمها المكتب: أُعطيت القيم التالية في المكتب ({indexes})، وهي التي تذكرها الصفوف المضافة تحتها بوصفها _parent_index.</numerusform>
        <numerusform>صف واحد (%n) أُضيف في الميدان بلا _index أو بقيمة يستخدمها المكتب: أُعطي القيمة التالية في المكتب ({indexes})، وهي التي تذكرها الصفوف المضافة تحته بوصفها _parent_index.</numerusform>
        <numerusform>صفان (%n) أُضيفا في الميدان بلا _index أو بقيمة يستخدمها المكتب: أُعطيا القيمتين التاليتين في المكتب ({indexes})، وهما اللتان تذكرهما الصفوف المضافة تحتهما بوصفهما _parent_index.</numerusform>
        <numerusform>‏%n صفوف أُضيفت في الميدان بلا _index أو بقيمة يستخدمها المكتب: أُعطيت القيم التالية في المكتب ({indexes})، وهي التي تذكرها الصفوف المضافة تحتها بوصفها _parent_index.</numerusform>
        <numerusform>‏%n صفًا أُضيفت في الميدان بلا _index أو بقيمة يستخدمها المكتب: أُعطيت القيم التالية في المكتب ({indexes})، وهي التي تذكرها الصفوف المضافة تحتها بوصفها _parent_index.</numerusform>
        <numerusform>‏%n صف أُضيفت في الميدان بلا _index أو بقيمة يستخدمها المكتب: أُعطيت القيم التالية في المكتب ({indexes})، وهي التي تذكرها الصفوف المضافة تحتها بوصفها _parent_index.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="109" />
      <source>%n rows are kept as they are</source>
      <translation>
        <numerusform>‏%n صف تبقى كما هي</numerusform>
        <numerusform>صف واحد (%n) يبقى كما هو</numerusform>
        <numerusform>صفان (%n) يبقيان كما هما</numerusform>
        <numerusform>‏%n صفوف تبقى كما هي</numerusform>
        <numerusform>‏%n صفًا تبقى كما هي</numerusform>
        <numerusform>‏%n صف تبقى كما هي</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/protection/share_refused_repeats.py" line="180" />
      <source>%n rows belong to submissions that refused consent ({column} in the table {table}): they were left out of the shared file.</source>
      <translation>
        <numerusform>ينتمي %n صف إلى إرسالات رفضت الموافقة ({column} في الجدول {table}): استُبعدت من الملف المشترك.</numerusform>
        <numerusform>ينتمي صف واحد (%n) إلى إرسال رفض الموافقة ({column} في الجدول {table}): استُبعد من الملف المشترك.</numerusform>
        <numerusform>ينتمي صفان (%n) إلى إرسالات رفضت الموافقة ({column} في الجدول {table}): استُبعدا من الملف المشترك.</numerusform>
        <numerusform>تنتمي %n صفوف إلى إرسالات رفضت الموافقة ({column} في الجدول {table}): استُبعدت من الملف المشترك.</numerusform>
        <numerusform>ينتمي %n صفًا إلى إرسالات رفضت الموافقة ({column} في الجدول {table}): استُبعدت من الملف المشترك.</numerusform>
        <numerusform>ينتمي %n صف إلى إرسالات رفضت الموافقة ({column} في الجدول {table}): استُبعدت من الملف المشترك.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="120" />
      <source>%n rows copied into {schema} of {target} in {seconds:.1f} s.</source>
      <translation>
        <numerusform>نُسخ %n صف إلى {schema} في {target} في {seconds:.1f} ث.</numerusform>
        <numerusform>نُسخ %n صف واحد إلى {schema} في {target} في {seconds:.1f} ث.</numerusform>
        <numerusform>نُسخ %n صفان إلى {schema} في {target} في {seconds:.1f} ث.</numerusform>
        <numerusform>نُسخت %n صفوف إلى {schema} في {target} في {seconds:.1f} ث.</numerusform>
        <numerusform>نُسخ %n صفًا إلى {schema} في {target} في {seconds:.1f} ث.</numerusform>
        <numerusform>نُسخ %n صف إلى {schema} في {target} في {seconds:.1f} ث.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="282" />
      <source>%n rows imported from {file}. Save them to keep them.</source>
      <translation>
        <numerusform>استُورد %n صف من {file}. احفظها للاحتفاظ بها.</numerusform>
        <numerusform>استُورد %n صف من {file}. احفظه للاحتفاظ به.</numerusform>
        <numerusform>استُورد %n صفان من {file}. احفظهما للاحتفاظ بهما.</numerusform>
        <numerusform>استُوردت %n صفوف من {file}. احفظها للاحتفاظ بها.</numerusform>
        <numerusform>استُورد %n صفًا من {file}. احفظها للاحتفاظ بها.</numerusform>
        <numerusform>استُورد %n صف من {file}. احفظها للاحتفاظ بها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log.py" line="413" />
      <source>%n rows of the cleaning log {file} are decided otherwise in the survey's own cleaning log {own}, which is not applied when a log file is chosen: {rows}. Bring the decisions together in one log and apply it again.</source>
      <translation>
        <numerusform>قُرّر بشأن %n صف من سجل التنظيف {file} على نحو مختلف في سجل التنظيف الخاص بالمسح نفسه {own}، الذي لا يُطبَّق عند اختيار ملف سجل: {rows}. اجمع القرارات في سجل واحد وطبّقه مجددًا.</numerusform>
        <numerusform>قُرّر بشأن صف واحد (%n) من سجل التنظيف {file} على نحو مختلف في سجل التنظيف الخاص بالمسح نفسه {own}، الذي لا يُطبَّق عند اختيار ملف سجل: {rows}. اجمع القرارات في سجل واحد وطبّقه مجددًا.</numerusform>
        <numerusform>قُرّر بشأن صفين (%n) من سجل التنظيف {file} على نحو مختلف في سجل التنظيف الخاص بالمسح نفسه {own}، الذي لا يُطبَّق عند اختيار ملف سجل: {rows}. اجمع القرارات في سجل واحد وطبّقه مجددًا.</numerusform>
        <numerusform>قُرّر بشأن %n صفوف من سجل التنظيف {file} على نحو مختلف في سجل التنظيف الخاص بالمسح نفسه {own}، الذي لا يُطبَّق عند اختيار ملف سجل: {rows}. اجمع القرارات في سجل واحد وطبّقه مجددًا.</numerusform>
        <numerusform>قُرّر بشأن %n صفًا من سجل التنظيف {file} على نحو مختلف في سجل التنظيف الخاص بالمسح نفسه {own}، الذي لا يُطبَّق عند اختيار ملف سجل: {rows}. اجمع القرارات في سجل واحد وطبّقه مجددًا.</numerusform>
        <numerusform>قُرّر بشأن %n صف من سجل التنظيف {file} على نحو مختلف في سجل التنظيف الخاص بالمسح نفسه {own}، الذي لا يُطبَّق عند اختيار ملف سجل: {rows}. اجمع القرارات في سجل واحد وطبّقه مجددًا.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log.py" line="454" />
      <source>%n rows of the cleaning log {file} name submissions that are not in the data (was the log made on another survey, or on submissions removed since?); they were skipped. Rows and uuids: {rows}</source>
      <translation>
        <numerusform>‏%n من صفوف سجل التنظيف {file} تسمّي إرسالات غير موجودة في البيانات (هل أُعدّ السجل لمسح آخر، أو لإرسالات حُذفت منذ ذلك الحين؟)؛ وقد تم تخطيها. الصفوف ومعرّفات uuid: {rows}</numerusform>
        <numerusform>صف واحد (%n) من سجل التنظيف {file} يسمّي إرسالًا غير موجود في البيانات (هل أُعدّ السجل لمسح آخر، أو لإرسالات حُذفت منذ ذلك الحين؟)؛ وقد تم تخطيه. الصف ومعرّف uuid: {rows}</numerusform>
        <numerusform>صفان (%n) من سجل التنظيف {file} يسمّيان إرسالات غير موجودة في البيانات (هل أُعدّ السجل لمسح آخر، أو لإرسالات حُذفت منذ ذلك الحين؟)؛ وقد تم تخطيهما. الصفان ومعرّفات uuid: {rows}</numerusform>
        <numerusform>‏%n صفوف من سجل التنظيف {file} تسمّي إرسالات غير موجودة في البيانات (هل أُعدّ السجل لمسح آخر، أو لإرسالات حُذفت منذ ذلك الحين؟)؛ وقد تم تخطيها. الصفوف ومعرّفات uuid: {rows}</numerusform>
        <numerusform>‏%n صفًا من سجل التنظيف {file} تسمّي إرسالات غير موجودة في البيانات (هل أُعدّ السجل لمسح آخر، أو لإرسالات حُذفت منذ ذلك الحين؟)؛ وقد تم تخطيها. الصفوف ومعرّفات uuid: {rows}</numerusform>
        <numerusform>‏%n صف من سجل التنظيف {file} تسمّي إرسالات غير موجودة في البيانات (هل أُعدّ السجل لمسح آخر، أو لإرسالات حُذفت منذ ذلك الحين؟)؛ وقد تم تخطيها. الصفوف ومعرّفات uuid: {rows}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/applied_rows.py" line="71" />
      <source>%n rows of the cleaning log {file} were already applied to this layer by an earlier run (rows {rows}, recorded in its table {table}): they were skipped, so that nothing is changed or removed twice.</source>
      <translation>
        <numerusform>سبق أن طُبّق %n صف من سجل التنظيف {file} على هذه الطبقة في تشغيل سابق (الصفوف {rows}، المسجّلة في جدولها {table}): تم تخطيها كي لا يُغيَّر أي شيء أو يُحذف مرتين.</numerusform>
        <numerusform>سبق أن طُبّق صف واحد (%n) من سجل التنظيف {file} على هذه الطبقة في تشغيل سابق (الصف {rows}، المسجّل في جدولها {table}): تم تخطيه كي لا يُغيَّر أي شيء أو يُحذف مرتين.</numerusform>
        <numerusform>سبق أن طُبّق صفان (%n) من سجل التنظيف {file} على هذه الطبقة في تشغيل سابق (الصفان {rows}، المسجّلان في جدولها {table}): تم تخطيهما كي لا يُغيَّر أي شيء أو يُحذف مرتين.</numerusform>
        <numerusform>سبق أن طُبّقت %n صفوف من سجل التنظيف {file} على هذه الطبقة في تشغيل سابق (الصفوف {rows}، المسجّلة في جدولها {table}): تم تخطيها كي لا يُغيَّر أي شيء أو يُحذف مرتين.</numerusform>
        <numerusform>سبق أن طُبّق %n صفًا من سجل التنظيف {file} على هذه الطبقة في تشغيل سابق (الصفوف {rows}، المسجّلة في جدولها {table}): تم تخطيها كي لا يُغيَّر أي شيء أو يُحذف مرتين.</numerusform>
        <numerusform>سبق أن طُبّق %n صف من سجل التنظيف {file} على هذه الطبقة في تشغيل سابق (الصفوف {rows}، المسجّلة في جدولها {table}): تم تخطيها كي لا يُغيَّر أي شيء أو يُحذف مرتين.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="267" />
      <source>%n rows of the survey's repeat tables belong to submissions the cleaning log removed ({counts}), and the cleaned layer {output} is written without its repeat tables: the survey's tables still hold them. Write the cleaned layer to a new GeoPackage to get its repeat tables without such rows.</source>
      <translation>
        <numerusform>ينتمي %n صف من جداول التكرار في المسح إلى إرسالات أزالها سجل التنظيف ({counts})، وتُكتب الطبقة المنظَّفة {output} دون جداول التكرار الخاصة بها: لا تزال جداول المسح تحتويها. اكتب الطبقة المنظَّفة في GeoPackage جديد لتحصل على جداول التكرار الخاصة بها دون مثل هذه الصفوف.</numerusform>
        <numerusform>ينتمي صف واحد (%n) من جداول التكرار في المسح إلى إرسال أزاله سجل التنظيف ({counts})، وتُكتب الطبقة المنظَّفة {output} دون جداول التكرار الخاصة بها: لا تزال جداول المسح تحتويه. اكتب الطبقة المنظَّفة في GeoPackage جديد لتحصل على جداول التكرار الخاصة بها دون مثل هذه الصفوف.</numerusform>
        <numerusform>ينتمي صفان (%n) من جداول التكرار في المسح إلى إرسالات أزالها سجل التنظيف ({counts})، وتُكتب الطبقة المنظَّفة {output} دون جداول التكرار الخاصة بها: لا تزال جداول المسح تحتويهما. اكتب الطبقة المنظَّفة في GeoPackage جديد لتحصل على جداول التكرار الخاصة بها دون مثل هذه الصفوف.</numerusform>
        <numerusform>تنتمي %n صفوف من جداول التكرار في المسح إلى إرسالات أزالها سجل التنظيف ({counts})، وتُكتب الطبقة المنظَّفة {output} دون جداول التكرار الخاصة بها: لا تزال جداول المسح تحتويها. اكتب الطبقة المنظَّفة في GeoPackage جديد لتحصل على جداول التكرار الخاصة بها دون مثل هذه الصفوف.</numerusform>
        <numerusform>ينتمي %n صفًا من جداول التكرار في المسح إلى إرسالات أزالها سجل التنظيف ({counts})، وتُكتب الطبقة المنظَّفة {output} دون جداول التكرار الخاصة بها: لا تزال جداول المسح تحتويها. اكتب الطبقة المنظَّفة في GeoPackage جديد لتحصل على جداول التكرار الخاصة بها دون مثل هذه الصفوف.</numerusform>
        <numerusform>ينتمي %n صف من جداول التكرار في المسح إلى إرسالات أزالها سجل التنظيف ({counts})، وتُكتب الطبقة المنظَّفة {output} دون جداول التكرار الخاصة بها: لا تزال جداول المسح تحتويها. اكتب الطبقة المنظَّفة في GeoPackage جديد لتحصل على جداول التكرار الخاصة بها دون مثل هذه الصفوف.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="256" />
      <source>%n rows of {table} added in the field belong to no submission merged (their PARENT_KEY is empty or is not the KEY of a submission of this package): they were not merged.</source>
      <translation>
        <numerusform>‏%n صف من {table} أُضيفت في الميدان لا تنتمي إلى أي إرسال مدمج (قيمة PARENT_KEY فيها فارغة أو ليست KEY لإرسال من هذه الحزمة): لم تُدمج.</numerusform>
        <numerusform>صف واحد (%n) من {table} أُضيف في الميدان لا ينتمي إلى أي إرسال مدمج (قيمة PARENT_KEY فيه فارغة أو ليست KEY لإرسال من هذه الحزمة): لم يُدمج.</numerusform>
        <numerusform>صفان (%n) من {table} أُضيفا في الميدان لا ينتميان إلى أي إرسال مدمج (قيمة PARENT_KEY فيهما فارغة أو ليست KEY لإرسال من هذه الحزمة): لم يُدمجا.</numerusform>
        <numerusform>‏%n صفوف من {table} أُضيفت في الميدان لا تنتمي إلى أي إرسال مدمج (قيمة PARENT_KEY فيها فارغة أو ليست KEY لإرسال من هذه الحزمة): لم تُدمج.</numerusform>
        <numerusform>‏%n صفًا من {table} أُضيفت في الميدان لا تنتمي إلى أي إرسال مدمج (قيمة PARENT_KEY فيها فارغة أو ليست KEY لإرسال من هذه الحزمة): لم تُدمج.</numerusform>
        <numerusform>‏%n صف من {table} أُضيفت في الميدان لا تنتمي إلى أي إرسال مدمج (قيمة PARENT_KEY فيها فارغة أو ليست KEY لإرسال من هذه الحزمة): لم تُدمج.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="248" />
      <source>%n rows of {table} added in the field belong to no submission merged (their _submission__uuid is empty or another package's): they were not merged.</source>
      <translation>
        <numerusform>‏%n صف من {table} أُضيفت ميدانيًا لا تنتمي إلى أي إرسال مدموج (الحقل _submission__uuid فارغ أو لحزمة أخرى): لم تُدمج.</numerusform>
        <numerusform>صف واحد (%n) من {table} أُضيف ميدانيًا لا ينتمي إلى أي إرسال مدموج (الحقل _submission__uuid فارغ أو لحزمة أخرى): لم يُدمج.</numerusform>
        <numerusform>صفان (%n) من {table} أُضيفا ميدانيًا لا ينتميان إلى أي إرسال مدموج (الحقل _submission__uuid فارغ أو لحزمة أخرى): لم يُدمجا.</numerusform>
        <numerusform>‏%n صفوف من {table} أُضيفت ميدانيًا لا تنتمي إلى أي إرسال مدموج (الحقل _submission__uuid فارغ أو لحزمة أخرى): لم تُدمج.</numerusform>
        <numerusform>‏%n صفًا من {table} أُضيفت ميدانيًا لا تنتمي إلى أي إرسال مدموج (الحقل _submission__uuid فارغ أو لحزمة أخرى): لم تُدمج.</numerusform>
        <numerusform>‏%n صف من {table} أُضيفت ميدانيًا لا تنتمي إلى أي إرسال مدموج (الحقل _submission__uuid فارغ أو لحزمة أخرى): لم تُدمج.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="208" />
      <source>%n rows of {table} added in the field have the _uuid of submissions the office holds: they were not merged.</source>
      <translation>
        <numerusform>‏%n صف من {table} أُضيفت في الميدان تحمل _uuid إرسالات موجودة في المكتب: لم تُدمج.</numerusform>
        <numerusform>صف واحد (%n) من {table} أُضيف في الميدان يحمل _uuid إرسال موجود في المكتب: لم يُدمج.</numerusform>
        <numerusform>صفان (%n) من {table} أُضيفا في الميدان يحملان _uuid إرسالات موجودة في المكتب: لم يُدمجا.</numerusform>
        <numerusform>‏%n صفوف من {table} أُضيفت في الميدان تحمل _uuid إرسالات موجودة في المكتب: لم تُدمج.</numerusform>
        <numerusform>‏%n صفًا من {table} أُضيفت في الميدان تحمل _uuid إرسالات موجودة في المكتب: لم تُدمج.</numerusform>
        <numerusform>‏%n صف من {table} أُضيفت في الميدان تحمل _uuid إرسالات موجودة في المكتب: لم تُدمج.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="215" />
      <source>%n rows of {table} added in the field, without a _uuid, have the same answers and point as submissions another copy of this package brought: they were not added (if they are other households, add them by hand).</source>
      <translation>
        <numerusform>‏%n صف من {table} أُضيفت في الميدان بلا _uuid، لها الإجابات نفسها والنقطة نفسها لإرسالات جاءت بها نسخة أخرى من هذه الحزمة: لم تُضف (إن كانت أسرًا أخرى، فأضفها يدويًا).</numerusform>
        <numerusform>صف واحد (%n) من {table} أُضيف في الميدان بلا _uuid، له الإجابات نفسها والنقطة نفسها لإرسال جاءت به نسخة أخرى من هذه الحزمة: لم يُضف (إن كان أسرة أخرى، فأضفه يدويًا).</numerusform>
        <numerusform>صفان (%n) من {table} أُضيفا في الميدان بلا _uuid، لهما الإجابات نفسها والنقطة نفسها لإرسالين جاءت بهما نسخة أخرى من هذه الحزمة: لم يُضافا (إن كانا أسرتين أخريين، فأضفهما يدويًا).</numerusform>
        <numerusform>‏%n صفوف من {table} أُضيفت في الميدان بلا _uuid، لها الإجابات نفسها والنقطة نفسها لإرسالات جاءت بها نسخة أخرى من هذه الحزمة: لم تُضف (إن كانت أسرًا أخرى، فأضفها يدويًا).</numerusform>
        <numerusform>‏%n صفًا من {table} أُضيفت في الميدان بلا _uuid، لها الإجابات نفسها والنقطة نفسها لإرسالات جاءت بها نسخة أخرى من هذه الحزمة: لم تُضف (إن كانت أسرًا أخرى، فأضفها يدويًا).</numerusform>
        <numerusform>‏%n صف من {table} أُضيفت في الميدان بلا _uuid، لها الإجابات نفسها والنقطة نفسها لإرسالات جاءت بها نسخة أخرى من هذه الحزمة: لم تُضف (إن كانت أسرًا أخرى، فأضفها يدويًا).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="200" />
      <source>%n rows of {table} changed or added in the field belong to submissions removed in the office: they were not merged.</source>
      <translation>
        <numerusform>‏%n صف من {table} غُيّرت أو أُضيفت في الميدان تنتمي إلى إرسالات أُزيلت في المكتب: لم تُدمج.</numerusform>
        <numerusform>صف واحد (%n) من {table} غُيّر أو أُضيف في الميدان ينتمي إلى إرسال أُزيل في المكتب: لم يُدمج.</numerusform>
        <numerusform>صفان (%n) من {table} غُيّرا أو أُضيفا في الميدان ينتميان إلى إرسالات أُزيلت في المكتب: لم يُدمجا.</numerusform>
        <numerusform>‏%n صفوف من {table} غُيّرت أو أُضيفت في الميدان تنتمي إلى إرسالات أُزيلت في المكتب: لم تُدمج.</numerusform>
        <numerusform>‏%n صفًا من {table} غُيّرت أو أُضيفت في الميدان تنتمي إلى إرسالات أُزيلت في المكتب: لم تُدمج.</numerusform>
        <numerusform>‏%n صف من {table} غُيّرت أو أُضيفت في الميدان تنتمي إلى إرسالات أُزيلت في المكتب: لم تُدمج.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="194" />
      <source>%n rows of {table} deleted in the field were kept in the office: deletions are not merged.</source>
      <translation>
        <numerusform>‏%n صف من {table} حُذفت في الميدان وأُبقي عليها في المكتب: لا تُدمج عمليات الحذف.</numerusform>
        <numerusform>صف واحد (%n) من {table} حُذف في الميدان وأُبقي عليه في المكتب: لا تُدمج عمليات الحذف.</numerusform>
        <numerusform>صفان (%n) من {table} حُذفا في الميدان وأُبقي عليهما في المكتب: لا تُدمج عمليات الحذف.</numerusform>
        <numerusform>‏%n صفوف من {table} حُذفت في الميدان وأُبقي عليها في المكتب: لا تُدمج عمليات الحذف.</numerusform>
        <numerusform>‏%n صفًا من {table} حُذفت في الميدان وأُبقي عليها في المكتب: لا تُدمج عمليات الحذف.</numerusform>
        <numerusform>‏%n صف من {table} حُذفت في الميدان وأُبقي عليها في المكتب: لا تُدمج عمليات الحذف.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="232" />
      <source>%n rows of {table} have dates written in the field that are not dates (e.g. 12/03/2024 instead of 2024-03-12): the office values were kept (each is listed with its text).</source>
      <translation>
        <numerusform>‏%n صف من {table} فيه تاريخ كُتب ميدانيًا ليس تاريخًا (مثلًا 12/03/2024 بدلًا من 2024-03-12): احتُفظ بقيمة المكتب (كل منها مدرج مع نصه).</numerusform>
        <numerusform>صف واحد (%n) من {table} فيه تاريخ كُتب ميدانيًا ليس تاريخًا (مثلًا 12/03/2024 بدلًا من 2024-03-12): احتُفظ بقيمة المكتب (وهو مدرج مع نصه).</numerusform>
        <numerusform>صفان (%n) من {table} فيهما تاريخان كُتبا ميدانيًا ليسا تاريخين (مثلًا 12/03/2024 بدلًا من 2024-03-12): احتُفظ بقيمتي المكتب (كل منهما مدرج مع نصه).</numerusform>
        <numerusform>‏%n صفوف من {table} فيها تواريخ كُتبت ميدانيًا ليست تواريخ (مثلًا 12/03/2024 بدلًا من 2024-03-12): احتُفظ بقيم المكتب (كل منها مدرج مع نصه).</numerusform>
        <numerusform>‏%n صفًا من {table} فيها تواريخ كُتبت ميدانيًا ليست تواريخ (مثلًا 12/03/2024 بدلًا من 2024-03-12): احتُفظ بقيم المكتب (كل منها مدرج مع نصه).</numerusform>
        <numerusform>‏%n صف من {table} فيها تواريخ كُتبت ميدانيًا ليست تواريخ (مثلًا 12/03/2024 بدلًا من 2024-03-12): احتُفظ بقيم المكتب (كل منها مدرج مع نصه).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="240" />
      <source>%n rows of {table} have numbers written in the field that their columns cannot hold (e.g. '30 500,5' or 'six'): the office values were kept (each is listed with its text).</source>
      <translation>
        <numerusform>‏%n صف من {table} فيه رقم كُتب ميدانيًا لا يتسع له عموده (مثلًا '30 500,5' أو 'six'): احتُفظ بقيمة المكتب (كل منها مدرج مع نصه).</numerusform>
        <numerusform>صف واحد (%n) من {table} فيه رقم كُتب ميدانيًا لا يتسع له عموده (مثلًا '30 500,5' أو 'six'): احتُفظ بقيمة المكتب (وهو مدرج مع نصه).</numerusform>
        <numerusform>صفان (%n) من {table} فيهما رقمان كُتبا ميدانيًا لا يتسع لهما عموداهما (مثلًا '30 500,5' أو 'six'): احتُفظ بقيمتي المكتب (كل منهما مدرج مع نصه).</numerusform>
        <numerusform>‏%n صفوف من {table} فيها أرقام كُتبت ميدانيًا لا تتسع لها أعمدتها (مثلًا '30 500,5' أو 'six'): احتُفظ بقيم المكتب (كل منها مدرج مع نصه).</numerusform>
        <numerusform>‏%n صفًا من {table} فيها أرقام كُتبت ميدانيًا لا تتسع لها أعمدتها (مثلًا '30 500,5' أو 'six'): احتُفظ بقيم المكتب (كل منها مدرج مع نصه).</numerusform>
        <numerusform>‏%n صف من {table} فيها أرقام كُتبت ميدانيًا لا تتسع لها أعمدتها (مثلًا '30 500,5' أو 'six'): احتُفظ بقيم المكتب (كل منها مدرج مع نصه).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="224" />
      <source>%n rows of {table} have values entered in the field in columns the office file does not have: they were not merged (each is listed with its column and value).</source>
      <translation>
        <numerusform>‏%n صف من {table} فيه قيم أُدخلت ميدانيًا في أعمدة لا يملكها ملف المكتب: لم تُدمج (كل منها مدرج مع عموده وقيمته).</numerusform>
        <numerusform>صف واحد (%n) من {table} فيه قيم أُدخلت ميدانيًا في أعمدة لا يملكها ملف المكتب: لم تُدمج (كل منها مدرج مع عموده وقيمته).</numerusform>
        <numerusform>صفان (%n) من {table} فيهما قيم أُدخلت ميدانيًا في أعمدة لا يملكها ملف المكتب: لم تُدمج (كل منها مدرج مع عموده وقيمته).</numerusform>
        <numerusform>‏%n صفوف من {table} فيها قيم أُدخلت ميدانيًا في أعمدة لا يملكها ملف المكتب: لم تُدمج (كل منها مدرج مع عموده وقيمته).</numerusform>
        <numerusform>‏%n صفًا من {table} فيها قيم أُدخلت ميدانيًا في أعمدة لا يملكها ملف المكتب: لم تُدمج (كل منها مدرج مع عموده وقيمته).</numerusform>
        <numerusform>‏%n صف من {table} فيها قيم أُدخلت ميدانيًا في أعمدة لا يملكها ملف المكتب: لم تُدمج (كل منها مدرج مع عموده وقيمته).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/protection/share_repeats.py" line="62" />
      <source>%n rows shared belong to {submissions} submissions missing from the table {table} of the same GeoPackage (removed in cleaning?): they are shared all the same. To share only the rows of kept submissions, share a copy of the table without them.</source>
      <translation>
        <numerusform>‏%n صف مُشارَك تنتمي إلى {submissions} إرسال غائبة عن الجدول {table} في GeoPackage نفسه (أُزيلت في التنظيف؟): تُشارَك مع ذلك. لمشاركة صفوف الإرسالات المحتفَظ بها فقط، شارك نسخة من الجدول دونها.</numerusform>
        <numerusform>صف واحد (%n) مُشارَك ينتمي إلى {submissions} إرسال غائب عن الجدول {table} في GeoPackage نفسه (أُزيل في التنظيف؟): يُشارَك مع ذلك. لمشاركة صفوف الإرسالات المحتفَظ بها فقط، شارك نسخة من الجدول دونه.</numerusform>
        <numerusform>صفّان (%n) مُشارَكان ينتميان إلى {submissions} إرسال غائبة عن الجدول {table} في GeoPackage نفسه (أُزيلت في التنظيف؟): يُشارَكان مع ذلك. لمشاركة صفوف الإرسالات المحتفَظ بها فقط، شارك نسخة من الجدول دونهما.</numerusform>
        <numerusform>‏%n صفوف مُشارَكة تنتمي إلى {submissions} إرسال غائبة عن الجدول {table} في GeoPackage نفسه (أُزيلت في التنظيف؟): تُشارَك مع ذلك. لمشاركة صفوف الإرسالات المحتفَظ بها فقط، شارك نسخة من الجدول دونها.</numerusform>
        <numerusform>‏%n صفًا مُشارَكًا تنتمي إلى {submissions} إرسال غائبة عن الجدول {table} في GeoPackage نفسه (أُزيلت في التنظيف؟): تُشارَك مع ذلك. لمشاركة صفوف الإرسالات المحتفَظ بها فقط، شارك نسخة من الجدول دونها.</numerusform>
        <numerusform>‏%n صف مُشارَك تنتمي إلى {submissions} إرسال غائبة عن الجدول {table} في GeoPackage نفسه (أُزيلت في التنظيف؟): تُشارَك مع ذلك. لمشاركة صفوف الإرسالات المحتفَظ بها فقط، شارك نسخة من الجدول دونها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="43" />
      <source>%n rows written to {file} in {seconds:.1f} s.</source>
      <translation>
        <numerusform>كُتب %n صف في {file} في {seconds:.1f} ث.</numerusform>
        <numerusform>كُتب %n صف واحد في {file} في {seconds:.1f} ث.</numerusform>
        <numerusform>كُتب %n صفان في {file} في {seconds:.1f} ث.</numerusform>
        <numerusform>كُتبت %n صفوف في {file} في {seconds:.1f} ث.</numerusform>
        <numerusform>كُتب %n صفًا في {file} في {seconds:.1f} ث.</numerusform>
        <numerusform>كُتب %n صف في {file} في {seconds:.1f} ث.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="459" />
      <source>%n rows written to {file}.</source>
      <translation>
        <numerusform>كُتب %n صف في {file}.</numerusform>
        <numerusform>كُتب %n صف في {file}.</numerusform>
        <numerusform>كُتب %n صفان في {file}.</numerusform>
        <numerusform>كُتبت %n صفوف في {file}.</numerusform>
        <numerusform>كُتب %n صفًا في {file}.</numerusform>
        <numerusform>كُتب %n صف في {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/report.py" line="141" />
      <source>%n select answers changed in the field are not choices of the form ({values}): they were merged as written, with themselves as their labels; check them in the table {table}.</source>
      <translation>
        <numerusform>‏%n إجابة اختيار غُيّرت ميدانيًا ليست من خيارات النموذج ({values}): دُمجت كما كُتبت، وهي تسمية نفسها؛ تحقّق منها في الجدول {table}.</numerusform>
        <numerusform>إجابة اختيار واحدة (%n) غُيّرت ميدانيًا ليست من خيارات النموذج ({values}): دُمجت كما كُتبت، وهي تسمية نفسها؛ تحقّق منها في الجدول {table}.</numerusform>
        <numerusform>اثنتان (%n) من إجابات الاختيار غُيّرتا ميدانيًا ليستا من خيارات النموذج ({values}): دُمجتا كما كُتبتا، وكل منهما تسمية نفسها؛ تحقّق منهما في الجدول {table}.</numerusform>
        <numerusform>‏%n إجابات اختيار غُيّرت ميدانيًا ليست من خيارات النموذج ({values}): دُمجت كما كُتبت، وكل منها تسمية نفسها؛ تحقّق منها في الجدول {table}.</numerusform>
        <numerusform>‏%n إجابةً اختيار غُيّرت ميدانيًا ليست من خيارات النموذج ({values}): دُمجت كما كُتبت، وكل منها تسمية نفسها؛ تحقّق منها في الجدول {table}.</numerusform>
        <numerusform>‏%n إجابة اختيار غُيّرت ميدانيًا ليست من خيارات النموذج ({values}): دُمجت كما كُتبت، وكل منها تسمية نفسها؛ تحقّق منها في الجدول {table}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/resume.py" line="71" />
      <source>%n submissions already downloaded are kept beside {file}: the next download of this form into it continues from there.</source>
      <translation>
        <numerusform>يُحتفظ بـ %n إرسال سبق تنزيله بجانب {file}: سيستأنف التنزيل التالي لهذا النموذج فيه من هناك.</numerusform>
        <numerusform>يُحتفظ بـ %n إرسال واحد سبق تنزيله بجانب {file}: سيستأنف التنزيل التالي لهذا النموذج فيه من هناك.</numerusform>
        <numerusform>يُحتفظ بـ %n إرسالين سبق تنزيلهما بجانب {file}: سيستأنف التنزيل التالي لهذا النموذج فيه من هناك.</numerusform>
        <numerusform>يُحتفظ بـ %n إرسالات سبق تنزيلها بجانب {file}: سيستأنف التنزيل التالي لهذا النموذج فيه من هناك.</numerusform>
        <numerusform>يُحتفظ بـ %n إرسالًا سبق تنزيلها بجانب {file}: سيستأنف التنزيل التالي لهذا النموذج فيه من هناك.</numerusform>
        <numerusform>يُحتفظ بـ %n إرسال سبق تنزيلها بجانب {file}: سيستأنف التنزيل التالي لهذا النموذج فيه من هناك.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="253" />
      <source>%n submissions are outside every area or have an unknown P-code.</source>
      <translation>
        <numerusform>‏%n إرسال يقع خارج كل الوحدات أو له رمز P-code غير معروف.</numerusform>
        <numerusform>إرسال واحد (%n) يقع خارج كل الوحدات أو له رمز P-code غير معروف.</numerusform>
        <numerusform>إرسالان (%n) يقعان خارج كل الوحدات أو لهما رمز P-code غير معروف.</numerusform>
        <numerusform>‏%n إرسالات تقع خارج كل الوحدات أو لها رمز P-code غير معروف.</numerusform>
        <numerusform>‏%n إرسالًا تقع خارج كل الوحدات أو لها رمز P-code غير معروف.</numerusform>
        <numerusform>‏%n إرسال تقع خارج كل الوحدات أو لها رمز P-code غير معروف.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="173" />
      <source>%n submissions gave no answer to {question} (skipped or refused): each share is of the submissions that answered, and the threshold counts them only.</source>
      <translation>
        <numerusform>‏%n إرسال لم يجب عن {question} (سؤال متخطّى أو مرفوض): كل نسبة هي من الإرسالات التي أجابت، والعتبة لا تعدّ سواها.</numerusform>
        <numerusform>إرسال واحد (%n) لم يجب عن {question} (سؤال متخطّى أو مرفوض): كل نسبة هي من الإرسالات التي أجابت، والعتبة لا تعدّ سواها.</numerusform>
        <numerusform>إرسالان (%n) لم يجيبا عن {question} (سؤال متخطّى أو مرفوض): كل نسبة هي من الإرسالات التي أجابت، والعتبة لا تعدّ سواها.</numerusform>
        <numerusform>‏%n إرسالات لم تجب عن {question} (سؤال متخطّى أو مرفوض): كل نسبة هي من الإرسالات التي أجابت، والعتبة لا تعدّ سواها.</numerusform>
        <numerusform>‏%n إرسالًا لم يجب عن {question} (سؤال متخطّى أو مرفوض): كل نسبة هي من الإرسالات التي أجابت، والعتبة لا تعدّ سواها.</numerusform>
        <numerusform>‏%n إرسال لم يجب عن {question} (سؤال متخطّى أو مرفوض): كل نسبة هي من الإرسالات التي أجابت، والعتبة لا تعدّ سواها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="265" />
      <source>%n submissions give answers to {field} written like “{code}” but which the form names as another choice (its name or its label): {listed}. They were not counted as “{code}”: check them.</source>
      <translation>
        <numerusform>‏%n إرسال تعطي على {field} إجابات مكتوبة مثل «{code}» لكن النموذج يعدّها خيارًا آخر (من حيث الاسم أو التسمية): {listed}. لم تُحتسب على أنها «{code}»: تحقّق منها.</numerusform>
        <numerusform>إرسال واحد (%n) يعطي على {field} إجابة مكتوبة مثل «{code}» لكن النموذج يعدّها خيارًا آخر (من حيث الاسم أو التسمية): {listed}. لم تُحتسب على أنها «{code}»: تحقّق منها.</numerusform>
        <numerusform>إرسالان (%n) يعطي كل منهما على {field} إجابة مكتوبة مثل «{code}» لكن النموذج يعدّها خيارًا آخر (من حيث الاسم أو التسمية): {listed}. لم تُحتسب هاتان الإجابتان على أنهما «{code}»: تحقّق منهما.</numerusform>
        <numerusform>‏%n إرسالات تعطي على {field} إجابات مكتوبة مثل «{code}» لكن النموذج يعدّها خيارًا آخر (من حيث الاسم أو التسمية): {listed}. لم تُحتسب على أنها «{code}»: تحقّق منها.</numerusform>
        <numerusform>‏%n إرسالًا تعطي على {field} إجابات مكتوبة مثل «{code}» لكن النموذج يعدّها خيارًا آخر (من حيث الاسم أو التسمية): {listed}. لم تُحتسب على أنها «{code}»: تحقّق منها.</numerusform>
        <numerusform>‏%n إرسال تعطي على {field} إجابات مكتوبة مثل «{code}» لكن النموذج يعدّها خيارًا آخر (من حيث الاسم أو التسمية): {listed}. لم تُحتسب على أنها «{code}»: تحقّق منها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="255" />
      <source>%n submissions give “{code}” to {field} written otherwise: {listed}. They were counted as “{code}”, the same answer. Correct the survey to write it one way.</source>
      <translation>
        <numerusform>‏%n إرسال تعطي الإجابة «{code}» على {field} مكتوبةً بشكل آخر: {listed}. احتُسبت على أنها «{code}»، فهي الإجابة نفسها. صحّح المسح ليكتب هذه الإجابة بطريقة واحدة.</numerusform>
        <numerusform>إرسال واحد (%n) يعطي الإجابة «{code}» على {field} مكتوبةً بشكل آخر: {listed}. احتُسب على أنه «{code}»، فهي الإجابة نفسها. صحّح المسح ليكتب هذه الإجابة بطريقة واحدة.</numerusform>
        <numerusform>إرسالان (%n) يعطيان الإجابة «{code}» على {field} مكتوبةً بشكل آخر: {listed}. احتُسبا على أنهما «{code}»، فهي الإجابة نفسها. صحّح المسح ليكتب هذه الإجابة بطريقة واحدة.</numerusform>
        <numerusform>‏%n إرسالات تعطي الإجابة «{code}» على {field} مكتوبةً بشكل آخر: {listed}. احتُسبت على أنها «{code}»، فهي الإجابة نفسها. صحّح المسح ليكتب هذه الإجابة بطريقة واحدة.</numerusform>
        <numerusform>‏%n إرسالًا تعطي الإجابة «{code}» على {field} مكتوبةً بشكل آخر: {listed}. احتُسبت على أنها «{code}»، فهي الإجابة نفسها. صحّح المسح ليكتب هذه الإجابة بطريقة واحدة.</numerusform>
        <numerusform>‏%n إرسال تعطي الإجابة «{code}» على {field} مكتوبةً بشكل آخر: {listed}. احتُسبت على أنها «{code}»، فهي الإجابة نفسها. صحّح المسح ليكتب هذه الإجابة بطريقة واحدة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/pcodes.py" line="89" />
      <source>%n submissions have a P-code that matches no area of {layer} and are not counted: {listed}. Correct these P-codes in the survey, or choose the admin layer of their level, and count again.</source>
      <translation>
        <numerusform>‏%n إرسال تحمل رمز P-code لا يطابق أي منطقة في {layer} ولا تُحتسب: {listed}. صحّح رموز P-code هذه في المسح، أو اختر الطبقة الإدارية لمستواها، وأعد العدّ.</numerusform>
        <numerusform>إرسال واحد (%n) يحمل رمز P-code لا يطابق أي منطقة في {layer} ولا يُحتسب: {listed}. صحّح رمز P-code في المسح، أو اختر الطبقة الإدارية لمستواه، وأعد العدّ.</numerusform>
        <numerusform>إرسالان (%n) يحملان رمز P-code لا يطابق أي منطقة في {layer} ولا يُحتسبان: {listed}. صحّح رموز P-code هذه في المسح، أو اختر الطبقة الإدارية لمستواهما، وأعد العدّ.</numerusform>
        <numerusform>‏%n إرسالات تحمل رمز P-code لا يطابق أي منطقة في {layer} ولا تُحتسب: {listed}. صحّح رموز P-code هذه في المسح، أو اختر الطبقة الإدارية لمستواها، وأعد العدّ.</numerusform>
        <numerusform>‏%n إرسالًا تحمل رمز P-code لا يطابق أي منطقة في {layer} ولا تُحتسب: {listed}. صحّح رموز P-code هذه في المسح، أو اختر الطبقة الإدارية لمستواها، وأعد العدّ.</numerusform>
        <numerusform>‏%n إرسال تحمل رمز P-code لا يطابق أي منطقة في {layer} ولا تُحتسب: {listed}. صحّح رموز P-code هذه في المسح، أو اختر الطبقة الإدارية لمستواها، وأعد العدّ.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="154" />
      <source>%n submissions have a location outside the earth (first: feature {fid}: {x}, {y}) and are not counted. Correct their GPS locations (latitude and longitude swapped or mistyped?).</source>
      <translation>
        <numerusform>‏%n إرسال موقعها خارج الأرض (الأولى: العنصر {fid}: {x}، {y}) ولم تُحتسب. صحّح مواقع GPS الخاصة بها (هل خط العرض وخط الطول معكوسان أو مكتوبان خطأ؟).</numerusform>
        <numerusform>إرسال واحد (%n) موقعها خارج الأرض (العنصر {fid}: {x}، {y}) ولم تُحتسب. صحّح موقع GPS الخاص بها (هل خط العرض وخط الطول معكوسان أو مكتوبان خطأ؟).</numerusform>
        <numerusform>إرسالان (%n) موقعهما خارج الأرض (الأولى: العنصر {fid}: {x}، {y}) ولم يُحتسبا. صحّح موقعي GPS الخاصين بهما (هل خط العرض وخط الطول معكوسان أو مكتوبان خطأ؟).</numerusform>
        <numerusform>‏%n إرسالات موقعها خارج الأرض (الأولى: العنصر {fid}: {x}، {y}) ولم تُحتسب. صحّح مواقع GPS الخاصة بها (هل خط العرض وخط الطول معكوسان أو مكتوبان خطأ؟).</numerusform>
        <numerusform>‏%n إرسالًا موقعها خارج الأرض (الأولى: العنصر {fid}: {x}، {y}) ولم تُحتسب. صحّح مواقع GPS الخاصة بها (هل خط العرض وخط الطول معكوسان أو مكتوبان خطأ؟).</numerusform>
        <numerusform>‏%n إرسال موقعها خارج الأرض (الأولى: العنصر {fid}: {x}، {y}) ولم تُحتسب. صحّح مواقع GPS الخاصة بها (هل خط العرض وخط الطول معكوسان أو مكتوبان خطأ؟).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="258" />
      <source>%n submissions have no location or P-code.</source>
      <translation>
        <numerusform>‏%n إرسال ليس له موقع ولا رمز P-code.</numerusform>
        <numerusform>إرسال واحد (%n) ليس له موقع ولا رمز P-code.</numerusform>
        <numerusform>إرسالان (%n) ليس لهما موقع ولا رمز P-code.</numerusform>
        <numerusform>‏%n إرسالات ليس لها موقع ولا رمز P-code.</numerusform>
        <numerusform>‏%n إرسالًا ليس لها موقع ولا رمز P-code.</numerusform>
        <numerusform>‏%n إرسال ليس لها موقع ولا رمز P-code.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="67" />
      <source>%n submissions have the uuid {uuid} ({ids}) and {matched} of them the old value '{old}': the row cannot tell which one it means. Give the old value that only the submission to change has</source>
      <translation>
        <numerusform>‏%n إرسال تحمل المعرّف uuid {uuid} ({ids}) و{matched} منها بالقيمة القديمة «{old}»: لا يستطيع الصف تحديد أيها المقصود. أعطِ القيمة القديمة التي لا يحملها إلا الإرسال المراد تغييره</numerusform>
        <numerusform>إرسال واحد (%n) يحمل المعرّف uuid {uuid} ({ids}) و{matched} منها بالقيمة القديمة «{old}»: لا يستطيع الصف تحديد أيها المقصود. أعطِ القيمة القديمة التي لا يحملها إلا الإرسال المراد تغييره</numerusform>
        <numerusform>إرسالان (%n) يحملان المعرّف uuid {uuid} ({ids}) و{matched} منها بالقيمة القديمة «{old}»: لا يستطيع الصف تحديد أيها المقصود. أعطِ القيمة القديمة التي لا يحملها إلا الإرسال المراد تغييره</numerusform>
        <numerusform>‏%n إرسالات تحمل المعرّف uuid {uuid} ({ids}) و{matched} منها بالقيمة القديمة «{old}»: لا يستطيع الصف تحديد أيها المقصود. أعطِ القيمة القديمة التي لا يحملها إلا الإرسال المراد تغييره</numerusform>
        <numerusform>‏%n إرسالًا تحمل المعرّف uuid {uuid} ({ids}) و{matched} منها بالقيمة القديمة «{old}»: لا يستطيع الصف تحديد أيها المقصود. أعطِ القيمة القديمة التي لا يحملها إلا الإرسال المراد تغييره</numerusform>
        <numerusform>‏%n إرسال تحمل المعرّف uuid {uuid} ({ids}) و{matched} منها بالقيمة القديمة «{old}»: لا يستطيع الصف تحديد أيها المقصود. أعطِ القيمة القديمة التي لا يحملها إلا الإرسال المراد تغييره</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="75" />
      <source>%n submissions have the uuid {uuid} ({ids}): the row cannot tell which one to remove. Give in old_value the value of its question that only the submission to remove has, or write the question _uuid to remove every copy but the first</source>
      <translation>
        <numerusform>‏%n إرسال تحمل المعرّف uuid {uuid} ({ids}): لا يستطيع الصف تحديد أيها يُحذف. أعطِ في old_value قيمة سؤاله التي لا يحملها إلا الإرسال المراد حذفه، أو اكتب السؤال _uuid لحذف كل النسخ عدا الأولى</numerusform>
        <numerusform>إرسال واحد (%n) يحمل المعرّف uuid {uuid} ({ids}): لا يستطيع الصف تحديد أيها يُحذف. أعطِ في old_value قيمة سؤاله التي لا يحملها إلا الإرسال المراد حذفه، أو اكتب السؤال _uuid لحذف كل النسخ عدا الأولى</numerusform>
        <numerusform>إرسالان (%n) يحملان المعرّف uuid {uuid} ({ids}): لا يستطيع الصف تحديد أيها يُحذف. أعطِ في old_value قيمة سؤاله التي لا يحملها إلا الإرسال المراد حذفه، أو اكتب السؤال _uuid لحذف كل النسخ عدا الأولى</numerusform>
        <numerusform>‏%n إرسالات تحمل المعرّف uuid {uuid} ({ids}): لا يستطيع الصف تحديد أيها يُحذف. أعطِ في old_value قيمة سؤاله التي لا يحملها إلا الإرسال المراد حذفه، أو اكتب السؤال _uuid لحذف كل النسخ عدا الأولى</numerusform>
        <numerusform>‏%n إرسالًا تحمل المعرّف uuid {uuid} ({ids}): لا يستطيع الصف تحديد أيها يُحذف. أعطِ في old_value قيمة سؤاله التي لا يحملها إلا الإرسال المراد حذفه، أو اكتب السؤال _uuid لحذف كل النسخ عدا الأولى</numerusform>
        <numerusform>‏%n إرسال تحمل المعرّف uuid {uuid} ({ids}): لا يستطيع الصف تحديد أيها يُحذف. أعطِ في old_value قيمة سؤاله التي لا يحملها إلا الإرسال المراد حذفه، أو اكتب السؤال _uuid لحذف كل النسخ عدا الأولى</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/import_survey.py" line="103" />
      <source>%n submissions imported ({missing} without location) into {file} in {seconds:.1f} s.</source>
      <translation>
        <numerusform>استُورد %n إرسال ({missing} بلا موقع) في {file} خلال {seconds:.1f} ث.</numerusform>
        <numerusform>استُورد %n إرسال ({missing} بلا موقع) في {file} خلال {seconds:.1f} ث.</numerusform>
        <numerusform>استُورد %n إرسالان ({missing} بلا موقع) في {file} خلال {seconds:.1f} ث.</numerusform>
        <numerusform>استُوردت %n إرسالات ({missing} بلا موقع) في {file} خلال {seconds:.1f} ث.</numerusform>
        <numerusform>استُورد %n إرسالًا ({missing} بلا موقع) في {file} خلال {seconds:.1f} ث.</numerusform>
        <numerusform>استُورد %n إرسال ({missing} بلا موقع) في {file} خلال {seconds:.1f} ث.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="241" />
      <source>%n submissions imported into {file}; {missing} without location. Tables: {tables}. Language: {language}.</source>
      <translation>
        <numerusform>استُورد %n إرسال في {file}؛ {missing} بلا موقع. الجداول: {tables}. اللغة: {language}.</numerusform>
        <numerusform>استُورد %n إرسال في {file}؛ {missing} بلا موقع. الجداول: {tables}. اللغة: {language}.</numerusform>
        <numerusform>استُورد %n إرسالان في {file}؛ {missing} بلا موقع. الجداول: {tables}. اللغة: {language}.</numerusform>
        <numerusform>استُوردت %n إرسالات في {file}؛ {missing} بلا موقع. الجداول: {tables}. اللغة: {language}.</numerusform>
        <numerusform>استُورد %n إرسالًا في {file}؛ {missing} بلا موقع. الجداول: {tables}. اللغة: {language}.</numerusform>
        <numerusform>استُورد %n إرسال في {file}؛ {missing} بلا موقع. الجداول: {tables}. اللغة: {language}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="261" />
      <source>%n submissions in all</source>
      <translation>
        <numerusform>‏%n إرسال إجمالًا</numerusform>
        <numerusform>إرسال واحد (%n) إجمالًا</numerusform>
        <numerusform>إرسالان (%n) إجمالًا</numerusform>
        <numerusform>‏%n إرسالات إجمالًا</numerusform>
        <numerusform>‏%n إرسالًا إجمالًا</numerusform>
        <numerusform>‏%n إرسال إجمالًا</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="236" />
      <source>%n submissions in {file} were deleted on {host} since they were downloaded: {uuids}. They are still in the GeoPackage and in every export made from it (an update removes nothing). To remove them, add a row with the change type remove_survey and their uuid to the cleaning log and apply it, or download the form into a new GeoPackage.</source>
      <translation>
        <numerusform>‏%n إرسال في {file} حُذفت على {host} منذ تنزيلها: {uuids}. لا تزال في GeoPackage وفي كل تصدير أُجري منه (التحديث لا يحذف شيئًا). لإزالتها، أضف إلى سجل التنظيف صفًا لكل إرسال فيه نوع التغيير remove_survey وقيمة uuid الخاصة به ثم طبّق السجل، أو نزّل النموذج في ملف GeoPackage جديد.</numerusform>
        <numerusform>إرسال واحد (%n) في {file} حُذف على {host} منذ تنزيله: {uuids}. لا يزال في GeoPackage وفي كل تصدير أُجري منه (التحديث لا يحذف شيئًا). لإزالته، أضف إلى سجل التنظيف صفًا فيه نوع التغيير remove_survey وقيمة uuid الخاصة به ثم طبّق السجل، أو نزّل النموذج في ملف GeoPackage جديد.</numerusform>
        <numerusform>إرسالان (%n) في {file} حُذفا على {host} منذ تنزيلهما: {uuids}. لا يزالان في GeoPackage وفي كل تصدير أُجري منه (التحديث لا يحذف شيئًا). لإزالتهما، أضف إلى سجل التنظيف صفًا لكل إرسال فيه نوع التغيير remove_survey وقيمة uuid الخاصة به ثم طبّق السجل، أو نزّل النموذج في ملف GeoPackage جديد.</numerusform>
        <numerusform>‏%n إرسالات في {file} حُذفت على {host} منذ تنزيلها: {uuids}. لا تزال في GeoPackage وفي كل تصدير أُجري منه (التحديث لا يحذف شيئًا). لإزالتها، أضف إلى سجل التنظيف صفًا لكل إرسال فيه نوع التغيير remove_survey وقيمة uuid الخاصة به ثم طبّق السجل، أو نزّل النموذج في ملف GeoPackage جديد.</numerusform>
        <numerusform>‏%n إرسالًا في {file} حُذفت على {host} منذ تنزيلها: {uuids}. لا تزال في GeoPackage وفي كل تصدير أُجري منه (التحديث لا يحذف شيئًا). لإزالتها، أضف إلى سجل التنظيف صفًا لكل إرسال فيه نوع التغيير remove_survey وقيمة uuid الخاصة به ثم طبّق السجل، أو نزّل النموذج في ملف GeoPackage جديد.</numerusform>
        <numerusform>‏%n إرسال في {file} حُذفت على {host} منذ تنزيلها: {uuids}. لا تزال في GeoPackage وفي كل تصدير أُجري منه (التحديث لا يحذف شيئًا). لإزالتها، أضف إلى سجل التنظيف صفًا لكل إرسال فيه نوع التغيير remove_survey وقيمة uuid الخاصة به ثم طبّق السجل، أو نزّل النموذج في ملف GeoPackage جديد.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="250" />
      <source>%n submissions in {file} were edited or reviewed again on {host} since they were downloaded: {uuids}. The GeoPackage keeps their answers and review state as first downloaded; to get the edited versions, download the form into a new GeoPackage.</source>
      <translation>
        <numerusform>‏%n إرسال في {file} عُدِّلت أو رُوجعت من جديد على {host} منذ تنزيلها: {uuids}. يحتفظ GeoPackage بإجاباتها وحالات مراجعتها كما نُزِّلت أول مرة؛ للحصول على النسخ المعدّلة، نزّل النموذج في ملف GeoPackage جديد.</numerusform>
        <numerusform>إرسال واحد (%n) في {file} عُدِّل أو رُوجع من جديد على {host} منذ تنزيله: {uuids}. يحتفظ GeoPackage بإجاباته وحالة مراجعته كما نُزِّلت أول مرة؛ للحصول على النسخة المعدّلة، نزّل النموذج في ملف GeoPackage جديد.</numerusform>
        <numerusform>إرسالان (%n) في {file} عُدِّلا أو رُوجعا من جديد على {host} منذ تنزيلهما: {uuids}. يحتفظ GeoPackage بإجاباتهما وحالتي مراجعتهما كما نُزِّلت أول مرة؛ للحصول على النسختين المعدّلتين، نزّل النموذج في ملف GeoPackage جديد.</numerusform>
        <numerusform>‏%n إرسالات في {file} عُدِّلت أو رُوجعت من جديد على {host} منذ تنزيلها: {uuids}. يحتفظ GeoPackage بإجاباتها وحالات مراجعتها كما نُزِّلت أول مرة؛ للحصول على النسخ المعدّلة، نزّل النموذج في ملف GeoPackage جديد.</numerusform>
        <numerusform>‏%n إرسالًا في {file} عُدِّلت أو رُوجعت من جديد على {host} منذ تنزيلها: {uuids}. يحتفظ GeoPackage بإجاباتها وحالات مراجعتها كما نُزِّلت أول مرة؛ للحصول على النسخ المعدّلة، نزّل النموذج في ملف GeoPackage جديد.</numerusform>
        <numerusform>‏%n إرسال في {file} عُدِّلت أو رُوجعت من جديد على {host} منذ تنزيلها: {uuids}. يحتفظ GeoPackage بإجاباتها وحالات مراجعتها كما نُزِّلت أول مرة؛ للحصول على النسخ المعدّلة، نزّل النموذج في ملف GeoPackage جديد.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="128" />
      <source>%n submissions lie in several overlapping areas of {layer} ({listed}); each was counted once, in the first area listed (in the order of the layer). Check the boundaries: areas of one level do not overlap.</source>
      <translation>
        <numerusform>‏%n إرسال تقع في عدة وحدات متداخلة من {layer} ({listed})؛ احتُسبت كل منها مرة واحدة، في أول وحدة مذكورة (بترتيب الطبقة). تحقّق من الحدود: وحدات المستوى الواحد لا تتداخل.</numerusform>
        <numerusform>إرسال واحد (%n) تقع في عدة وحدات متداخلة من {layer} ({listed})؛ احتُسبت مرة واحدة، في أول وحدة مذكورة (بترتيب الطبقة). تحقّق من الحدود: وحدات المستوى الواحد لا تتداخل.</numerusform>
        <numerusform>إرسالان (%n) يقعان في عدة وحدات متداخلة من {layer} ({listed})؛ احتُسبت كل منهما مرة واحدة، في أول وحدة مذكورة (بترتيب الطبقة). تحقّق من الحدود: وحدات المستوى الواحد لا تتداخل.</numerusform>
        <numerusform>‏%n إرسالات تقع في عدة وحدات متداخلة من {layer} ({listed})؛ احتُسبت كل منها مرة واحدة، في أول وحدة مذكورة (بترتيب الطبقة). تحقّق من الحدود: وحدات المستوى الواحد لا تتداخل.</numerusform>
        <numerusform>‏%n إرسالًا تقع في عدة وحدات متداخلة من {layer} ({listed})؛ احتُسبت كل منها مرة واحدة، في أول وحدة مذكورة (بترتيب الطبقة). تحقّق من الحدود: وحدات المستوى الواحد لا تتداخل.</numerusform>
        <numerusform>‏%n إرسال تقع في عدة وحدات متداخلة من {layer} ({listed})؛ احتُسبت كل منها مرة واحدة، في أول وحدة مذكورة (بترتيب الطبقة). تحقّق من الحدود: وحدات المستوى الواحد لا تتداخل.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="141" />
      <source>%n submissions lie right on a border shared by areas of {layer} ({listed}); each was counted once, in the area whose P-code comes first (the first listed). A shared border is no overlap: the boundaries need no correction.</source>
      <translation>
        <numerusform>‏%n إرسال تقع تمامًا على حدّ مشترك بين وحدات من {layer} ({listed})؛ احتُسبت كل منها مرة واحدة، في الوحدة التي يأتي رمز P-code الخاص بها أولًا (أول وحدة مذكورة). الحدّ المشترك ليس تداخلًا: لا تحتاج الحدود إلى تصحيح.</numerusform>
        <numerusform>إرسال واحد (%n) يقع تمامًا على حدّ مشترك بين وحدات من {layer} ({listed})؛ احتُسب مرة واحدة، في الوحدة التي يأتي رمز P-code الخاص بها أولًا (أول وحدة مذكورة). الحدّ المشترك ليس تداخلًا: لا تحتاج الحدود إلى تصحيح.</numerusform>
        <numerusform>إرسالان (%n) يقعان تمامًا على حدّ مشترك بين وحدات من {layer} ({listed})؛ احتُسب كل منهما مرة واحدة، في الوحدة التي يأتي رمز P-code الخاص بها أولًا (أول وحدة مذكورة). الحدّ المشترك ليس تداخلًا: لا تحتاج الحدود إلى تصحيح.</numerusform>
        <numerusform>‏%n إرسالات تقع تمامًا على حدّ مشترك بين وحدات من {layer} ({listed})؛ احتُسبت كل منها مرة واحدة، في الوحدة التي يأتي رمز P-code الخاص بها أولًا (أول وحدة مذكورة). الحدّ المشترك ليس تداخلًا: لا تحتاج الحدود إلى تصحيح.</numerusform>
        <numerusform>‏%n إرسالًا تقع تمامًا على حدّ مشترك بين وحدات من {layer} ({listed})؛ احتُسبت كل منها مرة واحدة، في الوحدة التي يأتي رمز P-code الخاص بها أولًا (أول وحدة مذكورة). الحدّ المشترك ليس تداخلًا: لا تحتاج الحدود إلى تصحيح.</numerusform>
        <numerusform>‏%n إرسال تقع تمامًا على حدّ مشترك بين وحدات من {layer} ({listed})؛ احتُسبت كل منها مرة واحدة، في الوحدة التي يأتي رمز P-code الخاص بها أولًا (أول وحدة مذكورة). الحدّ المشترك ليس تداخلًا: لا تحتاج الحدود إلى تصحيح.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="221" />
      <source>%n submissions of form {id} are on {host} but not in the GeoPackage, and could not be downloaded on their own: {uuids}. Download the form into a new GeoPackage to get them.</source>
      <translation>
        <numerusform>‏%n إرسال من النموذج {id} موجودة على {host} لكنها ليست في GeoPackage، وتعذّر تنزيلها منفردة: {uuids}. نزّل النموذج في ملف GeoPackage جديد للحصول عليها.</numerusform>
        <numerusform>إرسال واحد (%n) من النموذج {id} موجود على {host} لكنه ليس في GeoPackage، وتعذّر تنزيله منفردًا: {uuids}. نزّل النموذج في ملف GeoPackage جديد للحصول عليه.</numerusform>
        <numerusform>إرسالان (%n) من النموذج {id} موجودان على {host} لكنهما ليسا في GeoPackage، وتعذّر تنزيلهما منفردين: {uuids}. نزّل النموذج في ملف GeoPackage جديد للحصول عليهما.</numerusform>
        <numerusform>‏%n إرسالات من النموذج {id} موجودة على {host} لكنها ليست في GeoPackage، وتعذّر تنزيلها منفردة: {uuids}. نزّل النموذج في ملف GeoPackage جديد للحصول عليها.</numerusform>
        <numerusform>‏%n إرسالًا من النموذج {id} موجودة على {host} لكنها ليست في GeoPackage، وتعذّر تنزيلها منفردة: {uuids}. نزّل النموذج في ملف GeoPackage جديد للحصول عليها.</numerusform>
        <numerusform>‏%n إرسال من النموذج {id} موجودة على {host} لكنها ليست في GeoPackage، وتعذّر تنزيلها منفردة: {uuids}. نزّل النموذج في ملف GeoPackage جديد للحصول عليها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odata_records.py" line="111" />
      <source>%n submissions of form {id} on {host} are encrypted and could not be read, so they were not imported: download the form's submissions from ODK Central with the encryption passphrase (or decrypt them with ODK Briefcase) and import that export; every update asks for them again.</source>
      <translation>
        <numerusform>‏%n إرسال من النموذج {id} على {host} مشفّرة ولم تمكن قراءتها، لذا لم تُستورد: نزّل إرسالات النموذج من ODK Central باستخدام عبارة مرور التشفير (أو فُكّ تشفيرها باستخدام ODK Briefcase) واستورد ذلك التصدير؛ كل تحديث يطلبها من جديد.</numerusform>
        <numerusform>إرسال واحد (%n) من النموذج {id} على {host} مشفّر ولم تمكن قراءته، لذا لم يُستورد: نزّل إرسالات النموذج من ODK Central باستخدام عبارة مرور التشفير (أو فُكّ تشفيرها باستخدام ODK Briefcase) واستورد ذلك التصدير؛ كل تحديث يطلبه من جديد.</numerusform>
        <numerusform>إرسالان (%n) من النموذج {id} على {host} مشفّران ولم تمكن قراءتهما، لذا لم يُستوردا: نزّل إرسالات النموذج من ODK Central باستخدام عبارة مرور التشفير (أو فُكّ تشفيرها باستخدام ODK Briefcase) واستورد ذلك التصدير؛ كل تحديث يطلبهما من جديد.</numerusform>
        <numerusform>‏%n إرسالات من النموذج {id} على {host} مشفّرة ولم تمكن قراءتها، لذا لم تُستورد: نزّل إرسالات النموذج من ODK Central باستخدام عبارة مرور التشفير (أو فُكّ تشفيرها باستخدام ODK Briefcase) واستورد ذلك التصدير؛ كل تحديث يطلبها من جديد.</numerusform>
        <numerusform>‏%n إرسالًا من النموذج {id} على {host} مشفّرة ولم تمكن قراءتها، لذا لم تُستورد: نزّل إرسالات النموذج من ODK Central باستخدام عبارة مرور التشفير (أو فُكّ تشفيرها باستخدام ODK Briefcase) واستورد ذلك التصدير؛ كل تحديث يطلبها من جديد.</numerusform>
        <numerusform>‏%n إرسال من النموذج {id} على {host} مشفّرة ولم تمكن قراءتها، لذا لم تُستورد: نزّل إرسالات النموذج من ODK Central باستخدام عبارة مرور التشفير (أو فُكّ تشفيرها باستخدام ODK Briefcase) واستورد ذلك التصدير؛ كل تحديث يطلبها من جديد.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="208" />
      <source>%n submissions of form {id} on {host} were not in the GeoPackage although they are older than the newest one held (restored on the server, sent late, or missing from the file first imported): they were downloaded and added.</source>
      <translation>
        <numerusform>‏%n إرسال من النموذج {id} على {host} لم تكن في GeoPackage مع أنها أقدم من أحدث إرسال فيه (استُعيدت على الخادم، أو أُرسلت متأخرة، أو كانت مفقودة من الملف المستورد أولًا): نُزِّلت وأُضيفت.</numerusform>
        <numerusform>إرسال واحد (%n) من النموذج {id} على {host} لم يكن في GeoPackage مع أنه أقدم من أحدث إرسال فيه (استُعيد على الخادم، أو أُرسل متأخرًا، أو كان مفقودًا من الملف المستورد أولًا): نُزِّل وأُضيف.</numerusform>
        <numerusform>إرسالان (%n) من النموذج {id} على {host} لم يكونا في GeoPackage مع أنهما أقدم من أحدث إرسال فيه (استُعيدا على الخادم، أو أُرسلا متأخرين، أو كانا مفقودين من الملف المستورد أولًا): نُزِّلا وأُضيفا.</numerusform>
        <numerusform>‏%n إرسالات من النموذج {id} على {host} لم تكن في GeoPackage مع أنها أقدم من أحدث إرسال فيه (استُعيدت على الخادم، أو أُرسلت متأخرة، أو كانت مفقودة من الملف المستورد أولًا): نُزِّلت وأُضيفت.</numerusform>
        <numerusform>‏%n إرسالًا من النموذج {id} على {host} لم تكن في GeoPackage مع أنها أقدم من أحدث إرسال فيه (استُعيدت على الخادم، أو أُرسلت متأخرة، أو كانت مفقودة من الملف المستورد أولًا): نُزِّلت وأُضيفت.</numerusform>
        <numerusform>‏%n إرسال من النموذج {id} على {host} لم تكن في GeoPackage مع أنها أقدم من أحدث إرسال فيه (استُعيدت على الخادم، أو أُرسلت متأخرة، أو كانت مفقودة من الملف المستورد أولًا): نُزِّلت وأُضيفت.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="99" />
      <source>%n submissions of form {id} that the pages missed could not be downloaded on their own from {host} (deleted meanwhile, or the server would not send them alone): {uuids}. If they are still on the server, download the form again.</source>
      <translation>
        <numerusform>‏%n إرسال من النموذج {id} فاتتها الصفحات تعذّر تنزيلها على حدة من {host} (حُذفت في الأثناء، أو لا يرسلها الخادم منفردة): {uuids}. إن كانت لا تزال على الخادم، فنزّل النموذج من جديد.</numerusform>
        <numerusform>إرسال واحد (%n) من النموذج {id} فاتته الصفحات تعذّر تنزيله على حدة من {host} (حُذف في الأثناء، أو لا يرسله الخادم منفردًا): {uuids}. إن كان لا يزال على الخادم، فنزّل النموذج من جديد.</numerusform>
        <numerusform>إرسالان (%n) من النموذج {id} فاتتهما الصفحات تعذّر تنزيلهما على حدة من {host} (حُذفا في الأثناء، أو لا يرسلهما الخادم منفردين): {uuids}. إن كانا لا يزالان على الخادم، فنزّل النموذج من جديد.</numerusform>
        <numerusform>‏%n إرسالات من النموذج {id} فاتتها الصفحات تعذّر تنزيلها على حدة من {host} (حُذفت في الأثناء، أو لا يرسلها الخادم منفردة): {uuids}. إن كانت لا تزال على الخادم، فنزّل النموذج من جديد.</numerusform>
        <numerusform>‏%n إرسالًا من النموذج {id} فاتتها الصفحات تعذّر تنزيلها على حدة من {host} (حُذفت في الأثناء، أو لا يرسلها الخادم منفردة): {uuids}. إن كانت لا تزال على الخادم، فنزّل النموذج من جديد.</numerusform>
        <numerusform>‏%n إرسال من النموذج {id} فاتتها الصفحات تعذّر تنزيلها على حدة من {host} (حُذفت في الأثناء، أو لا يرسلها الخادم منفردة): {uuids}. إن كانت لا تزال على الخادم، فنزّل النموذج من جديد.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_repeats.py" line="214" />
      <source>%n submissions of form {id} were deleted on {host} during the download, before their repeats ({repeats}) could be read: {uuids}. They are kept as they were read, without them.</source>
      <translation>
        <numerusform>حُذف %n إرسال من النموذج {id} على {host} أثناء التنزيل، قبل أن تتسنى قراءة تكراراتها ({repeats}): {uuids}. يُحتفظ بها كما قُرئت، من دونها.</numerusform>
        <numerusform>حُذف إرسال واحد (%n) من النموذج {id} على {host} أثناء التنزيل، قبل أن تتسنى قراءة تكراراته ({repeats}): {uuids}. يُحتفظ به كما قُرئ، من دونها.</numerusform>
        <numerusform>حُذف إرسالان (%n) من النموذج {id} على {host} أثناء التنزيل، قبل أن تتسنى قراءة تكراراتهما ({repeats}): {uuids}. يُحتفظ بهما كما قُرئا، من دونها.</numerusform>
        <numerusform>حُذفت %n إرسالات من النموذج {id} على {host} أثناء التنزيل، قبل أن تتسنى قراءة تكراراتها ({repeats}): {uuids}. يُحتفظ بها كما قُرئت، من دونها.</numerusform>
        <numerusform>حُذف %n إرسالًا من النموذج {id} على {host} أثناء التنزيل، قبل أن تتسنى قراءة تكراراتها ({repeats}): {uuids}. يُحتفظ بها كما قُرئت، من دونها.</numerusform>
        <numerusform>حُذف %n إرسال من النموذج {id} على {host} أثناء التنزيل، قبل أن تتسنى قراءة تكراراتها ({repeats}): {uuids}. يُحتفظ بها كما قُرئت، من دونها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="172" />
      <source>%n submissions of form {id} were deleted on {host} during the download, before they could be downloaded: {uuids}. They are no longer on the server.</source>
      <translation>
        <numerusform>حُذف %n إرسال من النموذج {id} على {host} أثناء التنزيل، قبل أن يتسنى تنزيلها: {uuids}. لم تعد موجودة على الخادم.</numerusform>
        <numerusform>حُذف إرسال واحد (%n) من النموذج {id} على {host} أثناء التنزيل، قبل أن يتسنى تنزيله: {uuids}. لم يعد موجودًا على الخادم.</numerusform>
        <numerusform>حُذف إرسالان (%n) من النموذج {id} على {host} أثناء التنزيل، قبل أن يتسنى تنزيلهما: {uuids}. لم يعودا موجودين على الخادم.</numerusform>
        <numerusform>حُذفت %n إرسالات من النموذج {id} على {host} أثناء التنزيل، قبل أن يتسنى تنزيلها: {uuids}. لم تعد موجودة على الخادم.</numerusform>
        <numerusform>حُذف %n إرسالًا من النموذج {id} على {host} أثناء التنزيل، قبل أن يتسنى تنزيلها: {uuids}. لم تعد موجودة على الخادم.</numerusform>
        <numerusform>حُذف %n إرسال من النموذج {id} على {host} أثناء التنزيل، قبل أن يتسنى تنزيلها: {uuids}. لم تعد موجودة على الخادم.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="187" />
      <source>%n submissions of form {id} were not in the pages sent by {host} (submissions were sent, deleted or restored on the server during the download); they were downloaded on their own.</source>
      <translation>
        <numerusform>‏%n إرسال من النموذج {id} لم تكن في الصفحات التي أرسلها {host} (أُرسلت إرسالات أو حُذفت أو استُعيدت على الخادم أثناء التنزيل)؛ نُزّلت كلٌّ منها على حدة.</numerusform>
        <numerusform>إرسال واحد (%n) من النموذج {id} لم يكن في الصفحات التي أرسلها {host} (أُرسلت إرسالات أو حُذفت أو استُعيدت على الخادم أثناء التنزيل)؛ نُزّل على حدة.</numerusform>
        <numerusform>إرسالان (%n) من النموذج {id} لم يكونا في الصفحات التي أرسلها {host} (أُرسلت إرسالات أو حُذفت أو استُعيدت على الخادم أثناء التنزيل)؛ نُزّل كلٌّ منهما على حدة.</numerusform>
        <numerusform>‏%n إرسالات من النموذج {id} لم تكن في الصفحات التي أرسلها {host} (أُرسلت إرسالات أو حُذفت أو استُعيدت على الخادم أثناء التنزيل)؛ نُزّلت كلٌّ منها على حدة.</numerusform>
        <numerusform>‏%n إرسالًا من النموذج {id} لم تكن في الصفحات التي أرسلها {host} (أُرسلت إرسالات أو حُذفت أو استُعيدت على الخادم أثناء التنزيل)؛ نُزّلت كلٌّ منها على حدة.</numerusform>
        <numerusform>‏%n إرسال من النموذج {id} لم تكن في الصفحات التي أرسلها {host} (أُرسلت إرسالات أو حُذفت أو استُعيدت على الخادم أثناء التنزيل)؛ نُزّلت كلٌّ منها على حدة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/kobo.py" line="256" />
      <source>%n submissions of form {uid} on {host} came without an _id or _uuid and were perhaps sent again: they may have been written twice. Check for duplicates.</source>
      <translation>
        <numerusform>‏%n إرسال من النموذج {uid} على {host} وصلت دون _id أو _uuid وربما أُرسلت مرة أخرى: قد تكون كُتبت مرتين. تحقق من وجود تكرارات.</numerusform>
        <numerusform>إرسال واحد (%n) من النموذج {uid} على {host} وصل دون _id أو _uuid وربما أُرسل مرة أخرى: قد يكون كُتب مرتين. تحقق من وجود تكرارات.</numerusform>
        <numerusform>إرسالان (%n) من النموذج {uid} على {host} وصلا دون _id أو _uuid وربما أُرسلا مرة أخرى: قد يكونان كُتبا مرتين. تحقق من وجود تكرارات.</numerusform>
        <numerusform>‏%n إرسالات من النموذج {uid} على {host} وصلت دون _id أو _uuid وربما أُرسلت مرة أخرى: قد تكون كُتبت مرتين. تحقق من وجود تكرارات.</numerusform>
        <numerusform>‏%n إرسالًا من النموذج {uid} على {host} وصلت دون _id أو _uuid وربما أُرسلت مرة أخرى: قد تكون كُتبت مرتين. تحقق من وجود تكرارات.</numerusform>
        <numerusform>‏%n إرسال من النموذج {uid} على {host} وصلت دون _id أو _uuid وربما أُرسلت مرة أخرى: قد تكون كُتبت مرتين. تحقق من وجود تكرارات.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="57" />
      <source>%n submissions of {points} lie outside every area of {admin} and are not counted. If they were made in these areas, their latitude and longitude may be swapped, or {points} may have the wrong coordinate reference system ({crs}).</source>
      <translation>
        <numerusform>‏%n إرسال من {points} تقع خارج كل وحدات {admin} ولم تُحتسب. إن كانت قد أُجريت في هذه الوحدات، فربما يكون خط العرض وخط الطول فيها معكوسين، أو ربما يكون نظام الإحداثيات المرجعي لـ {points} خاطئًا ({crs}).</numerusform>
        <numerusform>إرسال واحد (%n) من {points} يقع خارج كل وحدات {admin} ولم يُحتسب. إن كان قد أُجري في هذه الوحدات، فربما يكون خط العرض وخط الطول فيه معكوسين، أو ربما يكون نظام الإحداثيات المرجعي لـ {points} خاطئًا ({crs}).</numerusform>
        <numerusform>إرسالان (%n) من {points} يقعان خارج كل وحدات {admin} ولم يُحتسبا. إن كانا قد أُجريا في هذه الوحدات، فربما يكون خط العرض وخط الطول فيهما معكوسين، أو ربما يكون نظام الإحداثيات المرجعي لـ {points} خاطئًا ({crs}).</numerusform>
        <numerusform>‏%n إرسالات من {points} تقع خارج كل وحدات {admin} ولم تُحتسب. إن كانت قد أُجريت في هذه الوحدات، فربما يكون خط العرض وخط الطول فيها معكوسين، أو ربما يكون نظام الإحداثيات المرجعي لـ {points} خاطئًا ({crs}).</numerusform>
        <numerusform>‏%n إرسالًا من {points} تقع خارج كل وحدات {admin} ولم تُحتسب. إن كانت قد أُجريت في هذه الوحدات، فربما يكون خط العرض وخط الطول فيها معكوسين، أو ربما يكون نظام الإحداثيات المرجعي لـ {points} خاطئًا ({crs}).</numerusform>
        <numerusform>‏%n إرسال من {points} تقع خارج كل وحدات {admin} ولم تُحتسب. إن كانت قد أُجريت في هذه الوحدات، فربما يكون خط العرض وخط الطول فيها معكوسين، أو ربما يكون نظام الإحداثيات المرجعي لـ {points} خاطئًا ({crs}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/protection/share_refusals.py" line="49" />
      <source>%n submissions refused consent ({column}): they were left out of the shared file.</source>
      <translation>
        <numerusform>‏%n إرسال رفضت الموافقة ({column}): استُبعدت من الملف المشترك.</numerusform>
        <numerusform>إرسال واحد (%n) رفض الموافقة ({column}): استُبعد من الملف المشترك.</numerusform>
        <numerusform>إرسالان (%n) رفضا الموافقة ({column}): استُبعدا من الملف المشترك.</numerusform>
        <numerusform>‏%n إرسالات رفضت الموافقة ({column}): استُبعدت من الملف المشترك.</numerusform>
        <numerusform>‏%n إرسالًا رفضت الموافقة ({column}): استُبعدت من الملف المشترك.</numerusform>
        <numerusform>‏%n إرسال رفضت الموافقة ({column}): استُبعدت من الملف المشترك.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="224" />
      <source>%n submissions removed</source>
      <translation>
        <numerusform>‏%n إرسال أُزيلت</numerusform>
        <numerusform>إرسال واحد (%n) أُزيل</numerusform>
        <numerusform>إرسالان (%n) أُزيلا</numerusform>
        <numerusform>‏%n إرسالات أُزيلت</numerusform>
        <numerusform>‏%n إرسالًا أُزيلت</numerusform>
        <numerusform>‏%n إرسال أُزيلت</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n submissions were counted in an area whose P-code they write differently (spaces, dashes, full-width characters or a '.0' added by Excel): {listed}. Check that these are the same areas, and correct the P-codes in the survey.</source>
      <translation type="vanished">
        <numerusform>‏%n إرسال حُسبت في منطقة تكتب رمز P-code الخاص بها بشكل مختلف (مسافات أو شرطات أو أحرف كاملة العرض أو '.0' أضافه Excel): {listed}. تحقق من أنها المناطق نفسها، وصحّح رموز P-code في المسح.</numerusform>
        <numerusform>إرسال واحد (%n) حُسب في منطقة يكتب رمز P-code الخاص بها بشكل مختلف (مسافات أو شرطات أو أحرف كاملة العرض أو '.0' أضافه Excel): {listed}. تحقق من أنها المنطقة نفسها، وصحّح رمز P-code في المسح.</numerusform>
        <numerusform>إرسالان (%n) حُسبا في منطقة يكتبان رمز P-code الخاص بها بشكل مختلف (مسافات أو شرطات أو أحرف كاملة العرض أو '.0' أضافه Excel): {listed}. تحقق من أنها المناطق نفسها، وصحّح رموز P-code في المسح.</numerusform>
        <numerusform>‏%n إرسالات حُسبت في منطقة تكتب رمز P-code الخاص بها بشكل مختلف (مسافات أو شرطات أو أحرف كاملة العرض أو '.0' أضافه Excel): {listed}. تحقق من أنها المناطق نفسها، وصحّح رموز P-code في المسح.</numerusform>
        <numerusform>‏%n إرسالًا حُسبت في منطقة تكتب رمز P-code الخاص بها بشكل مختلف (مسافات أو شرطات أو أحرف كاملة العرض أو '.0' أضافه Excel): {listed}. تحقق من أنها المناطق نفسها، وصحّح رموز P-code في المسح.</numerusform>
        <numerusform>‏%n إرسال حُسبت في منطقة تكتب رمز P-code الخاص بها بشكل مختلف (مسافات أو شرطات أو أحرف كاملة العرض أو '.0' أضافه Excel): {listed}. تحقق من أنها المناطق نفسها، وصحّح رموز P-code في المسح.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/pcodes.py" line="108" />
      <source>%n submissions were counted in an area whose P-code they write differently (spaces, dashes, invisible characters, full-width characters or a '.0' added by Excel): {listed}. Check that these are the same areas, and correct the P-codes in the survey.</source>
      <translation>
        <numerusform>‏%n إرسال حُسبت في منطقة تكتب رمز P-code الخاص بها بشكل مختلف (مسافات أو شرطات أو أحرف غير مرئية أو أحرف كاملة العرض أو '.0' أضافه Excel): {listed}. تحقق من أنها المناطق نفسها، وصحّح رموز P-code في المسح.</numerusform>
        <numerusform>إرسال واحد (%n) حُسب في منطقة يكتب رمز P-code الخاص بها بشكل مختلف (مسافات أو شرطات أو أحرف غير مرئية أو أحرف كاملة العرض أو '.0' أضافه Excel): {listed}. تحقق من أنها المنطقة نفسها، وصحّح رمز P-code في المسح.</numerusform>
        <numerusform>إرسالان (%n) حُسبا في منطقة يكتبان رمز P-code الخاص بها بشكل مختلف (مسافات أو شرطات أو أحرف غير مرئية أو أحرف كاملة العرض أو '.0' أضافه Excel): {listed}. تحقق من أنها المناطق نفسها، وصحّح رموز P-code في المسح.</numerusform>
        <numerusform>‏%n إرسالات حُسبت في منطقة تكتب رمز P-code الخاص بها بشكل مختلف (مسافات أو شرطات أو أحرف غير مرئية أو أحرف كاملة العرض أو '.0' أضافه Excel): {listed}. تحقق من أنها المناطق نفسها، وصحّح رموز P-code في المسح.</numerusform>
        <numerusform>‏%n إرسالًا حُسبت في منطقة تكتب رمز P-code الخاص بها بشكل مختلف (مسافات أو شرطات أو أحرف غير مرئية أو أحرف كاملة العرض أو '.0' أضافه Excel): {listed}. تحقق من أنها المناطق نفسها، وصحّح رموز P-code في المسح.</numerusform>
        <numerusform>‏%n إرسال حُسبت في منطقة تكتب رمز P-code الخاص بها بشكل مختلف (مسافات أو شرطات أو أحرف غير مرئية أو أحرف كاملة العرض أو '.0' أضافه Excel): {listed}. تحقق من أنها المناطق نفسها، وصحّح رموز P-code في المسح.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="250" />
      <source>%n submissions were counted in {areas}.</source>
      <translation>
        <numerusform>عُدّ %n إرسال في {areas}.</numerusform>
        <numerusform>عُدّ إرسال واحد (%n) في {areas}.</numerusform>
        <numerusform>عُدّ إرسالان (%n) في {areas}.</numerusform>
        <numerusform>عُدّت %n إرسالات في {areas}.</numerusform>
        <numerusform>عُدّ %n إرسالًا في {areas}.</numerusform>
        <numerusform>عُدّ %n إرسال في {areas}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="108" />
      <source>%n submissions will be removed</source>
      <translation>
        <numerusform>‏%n إرسال ستُزال</numerusform>
        <numerusform>إرسال واحد (%n) سيُزال</numerusform>
        <numerusform>إرسالان (%n) سيُزالان</numerusform>
        <numerusform>‏%n إرسالات ستُزال</numerusform>
        <numerusform>‏%n إرسالًا ستُزال</numerusform>
        <numerusform>‏%n إرسال ستُزال</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="270" />
      <source>%n temporary layers are held in memory only: they are lost, saved or not.</source>
      <translation>
        <numerusform>‏%n طبقة مؤقتة محفوظة في الذاكرة فقط: ستُفقد، سواء حُفظ المشروع أم لا.</numerusform>
        <numerusform>‏%n طبقة مؤقتة محفوظة في الذاكرة فقط: ستُفقد، سواء حُفظ المشروع أم لا.</numerusform>
        <numerusform>‏%n من الطبقات المؤقتة محفوظة في الذاكرة فقط: ستُفقد، سواء حُفظ المشروع أم لا.</numerusform>
        <numerusform>‏%n طبقات مؤقتة محفوظة في الذاكرة فقط: ستُفقد، سواء حُفظ المشروع أم لا.</numerusform>
        <numerusform>‏%n طبقة مؤقتة محفوظة في الذاكرة فقط: ستُفقد، سواء حُفظ المشروع أم لا.</numerusform>
        <numerusform>‏%n طبقة مؤقتة محفوظة في الذاكرة فقط: ستُفقد، سواء حُفظ المشروع أم لا.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/basemap.py" line="53" />
      <source>%n tiles (about {size} MB, {minutes} min over a field connection).</source>
      <translation>
        <numerusform>‏%n بلاطة (نحو {size} ميغابايت، {minutes} دقيقة عبر اتصال ميداني).</numerusform>
        <numerusform>‏%n بلاطة واحدة (نحو {size} ميغابايت، {minutes} دقيقة عبر اتصال ميداني).</numerusform>
        <numerusform>‏%n بلاطتان (نحو {size} ميغابايت، {minutes} دقيقة عبر اتصال ميداني).</numerusform>
        <numerusform>‏%n بلاطات (نحو {size} ميغابايت، {minutes} دقيقة عبر اتصال ميداني).</numerusform>
        <numerusform>‏%n بلاطة (نحو {size} ميغابايت، {minutes} دقيقة عبر اتصال ميداني).</numerusform>
        <numerusform>‏%n بلاطة (نحو {size} ميغابايت، {minutes} دقيقة عبر اتصال ميداني).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/basemap.py" line="331" />
      <source>%n tiles written to {file}.</source>
      <translation>
        <numerusform>كُتبت %n بلاطة في {file}.</numerusform>
        <numerusform>كُتبت %n بلاطة واحدة في {file}.</numerusform>
        <numerusform>كُتبت %n بلاطتان في {file}.</numerusform>
        <numerusform>كُتبت %n بلاطات في {file}.</numerusform>
        <numerusform>كُتبت %n بلاطة في {file}.</numerusform>
        <numerusform>كُتبت %n بلاطة في {file}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/time_zones.py" line="75" />
      <source>%n times of {column} have no time zone while the others have several (first: {uuid}, '{value}'): they were read as UTC; check their durations.</source>
      <translation>
        <numerusform>‏%n وقت في {column} بلا منطقة زمنية بينما للأوقات الأخرى عدة مناطق (الأولى: {uuid}، '{value}'): قُرئت بتوقيت UTC؛ تحقّق من مددها.</numerusform>
        <numerusform>وقت واحد (%n) في {column} بلا منطقة زمنية بينما للأوقات الأخرى عدة مناطق (الأول: {uuid}، '{value}'): قُرئ بتوقيت UTC؛ تحقّق من مدته.</numerusform>
        <numerusform>وقتان (%n) في {column} بلا منطقة زمنية بينما للأوقات الأخرى عدة مناطق (الأول: {uuid}، '{value}'): قُرئا بتوقيت UTC؛ تحقّق من مدتيهما.</numerusform>
        <numerusform>‏%n أوقات في {column} بلا منطقة زمنية بينما للأوقات الأخرى عدة مناطق (الأولى: {uuid}، '{value}'): قُرئت بتوقيت UTC؛ تحقّق من مددها.</numerusform>
        <numerusform>‏%n وقتًا في {column} بلا منطقة زمنية بينما للأوقات الأخرى عدة مناطق (الأولى: {uuid}، '{value}'): قُرئت بتوقيت UTC؛ تحقّق من مددها.</numerusform>
        <numerusform>‏%n وقت في {column} بلا منطقة زمنية بينما للأوقات الأخرى عدة مناطق (الأولى: {uuid}، '{value}'): قُرئت بتوقيت UTC؛ تحقّق من مددها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/time_zones.py" line="64" />
      <source>%n times of {column} have no time zone while the others have {offset} (first: {uuid}, '{value}'): they were read in {offset}.</source>
      <translation>
        <numerusform>‏%n وقت في {column} بلا منطقة زمنية بينما للأوقات الأخرى {offset} (الأولى: {uuid}، '{value}'): قُرئت بالإزاحة {offset}.</numerusform>
        <numerusform>وقت واحد (%n) في {column} بلا منطقة زمنية بينما للأوقات الأخرى {offset} (الأول: {uuid}، '{value}'): قُرئ بالإزاحة {offset}.</numerusform>
        <numerusform>وقتان (%n) في {column} بلا منطقة زمنية بينما للأوقات الأخرى {offset} (الأول: {uuid}، '{value}'): قُرئا بالإزاحة {offset}.</numerusform>
        <numerusform>‏%n أوقات في {column} بلا منطقة زمنية بينما للأوقات الأخرى {offset} (الأولى: {uuid}، '{value}'): قُرئت بالإزاحة {offset}.</numerusform>
        <numerusform>‏%n وقتًا في {column} بلا منطقة زمنية بينما للأوقات الأخرى {offset} (الأولى: {uuid}، '{value}'): قُرئت بالإزاحة {offset}.</numerusform>
        <numerusform>‏%n وقت في {column} بلا منطقة زمنية بينما للأوقات الأخرى {offset} (الأولى: {uuid}، '{value}'): قُرئت بالإزاحة {offset}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="197" />
      <source>%n to change</source>
      <translation>
        <numerusform>‏%n صف للتغيير</numerusform>
        <numerusform>صف واحد (%n) للتغيير</numerusform>
        <numerusform>صفان (%n) للتغيير</numerusform>
        <numerusform>‏%n صفوف للتغيير</numerusform>
        <numerusform>‏%n صفًا للتغيير</numerusform>
        <numerusform>‏%n صف للتغيير</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="198" />
      <source>%n to remove</source>
      <translation>
        <numerusform>‏%n صف للإزالة</numerusform>
        <numerusform>صف واحد (%n) للإزالة</numerusform>
        <numerusform>صفان (%n) للإزالة</numerusform>
        <numerusform>‏%n صفوف للإزالة</numerusform>
        <numerusform>‏%n صفًا للإزالة</numerusform>
        <numerusform>‏%n صف للإزالة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="223" />
      <source>%n values changed</source>
      <translation>
        <numerusform>‏%n قيمة غُيِّرت</numerusform>
        <numerusform>قيمة واحدة (%n) غُيِّرت</numerusform>
        <numerusform>قيمتان (%n) غُيِّرتا</numerusform>
        <numerusform>‏%n قيم غُيِّرت</numerusform>
        <numerusform>‏%n قيمةً غُيِّرت</numerusform>
        <numerusform>‏%n قيمة غُيِّرت</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="93" />
      <source>%n values edited</source>
      <translation>
        <numerusform>‏%n قيمة معدَّلة</numerusform>
        <numerusform>قيمة واحدة (%n) معدَّلة</numerusform>
        <numerusform>قيمتان (%n) معدَّلتان</numerusform>
        <numerusform>‏%n قيم معدَّلة</numerusform>
        <numerusform>‏%n قيمةً معدَّلةً</numerusform>
        <numerusform>‏%n قيمة معدَّلة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="72" />
      <source>%n values of {column} are dates without a time (first: {uuid}, '{value}'): their interviews were checked for the collection period only.</source>
      <translation>
        <numerusform>‏%n قيمة في {column} تواريخ بلا وقت (الأولى: {uuid}، '{value}'): لم تُفحص مقابلاتها إلا من حيث فترة الجمع.</numerusform>
        <numerusform>قيمة واحدة (%n) في {column} تاريخ بلا وقت (الأولى: {uuid}، '{value}'): لم تُفحص مقابلة هذه القيمة إلا من حيث فترة الجمع.</numerusform>
        <numerusform>قيمتان (%n) في {column} تاريخان بلا وقت (الأولى: {uuid}، '{value}'): لم تُفحص مقابلة كلٍّ منهما إلا من حيث فترة الجمع.</numerusform>
        <numerusform>‏%n قيم في {column} تواريخ بلا وقت (الأولى: {uuid}، '{value}'): لم تُفحص مقابلاتها إلا من حيث فترة الجمع.</numerusform>
        <numerusform>‏%n قيمةً في {column} تواريخ بلا وقت (الأولى: {uuid}، '{value}'): لم تُفحص مقابلاتها إلا من حيث فترة الجمع.</numerusform>
        <numerusform>‏%n قيمة في {column} تواريخ بلا وقت (الأولى: {uuid}، '{value}'): لم تُفحص مقابلاتها إلا من حيث فترة الجمع.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="104" />
      <source>%n values of {column} could not be read as dates (first: {uuid}, '{value}'): their interviews were not checked for duration, collection period or bursts. Write them YYYY-MM-DD or YYYY-MM-DDThh:mm:ss, as Kobo and ODK export dates.</source>
      <translation>
        <numerusform>‏%n قيمة في {column} تعذّرت قراءتها كتواريخ (الأولى: {uuid}، '{value}'): لم تُفحص مقابلاتها من حيث المدة أو فترة الجمع أو المقابلات المتتالية. اكتبها بالصيغة YYYY-MM-DD أو YYYY-MM-DDThh:mm:ss، كما يصدّر Kobo وODK التواريخ.</numerusform>
        <numerusform>قيمة واحدة (%n) في {column} تعذّرت قراءتها كتاريخ (الأولى: {uuid}، '{value}'): لم تُفحص مقابلتها من حيث المدة أو فترة الجمع أو المقابلات المتتالية. اكتبها بالصيغة YYYY-MM-DD أو YYYY-MM-DDThh:mm:ss، كما يصدّر Kobo وODK التواريخ.</numerusform>
        <numerusform>قيمتان (%n) في {column} تعذّرت قراءتهما كتاريخين (الأولى: {uuid}، '{value}'): لم تُفحص مقابلتاهما من حيث المدة أو فترة الجمع أو المقابلات المتتالية. اكتبهما بالصيغة YYYY-MM-DD أو YYYY-MM-DDThh:mm:ss، كما يصدّر Kobo وODK التواريخ.</numerusform>
        <numerusform>‏%n قيم في {column} تعذّرت قراءتها كتواريخ (الأولى: {uuid}، '{value}'): لم تُفحص مقابلاتها من حيث المدة أو فترة الجمع أو المقابلات المتتالية. اكتبها بالصيغة YYYY-MM-DD أو YYYY-MM-DDThh:mm:ss، كما يصدّر Kobo وODK التواريخ.</numerusform>
        <numerusform>‏%n قيمةً في {column} تعذّرت قراءتها كتواريخ (الأولى: {uuid}، '{value}'): لم تُفحص مقابلاتها من حيث المدة أو فترة الجمع أو المقابلات المتتالية. اكتبها بالصيغة YYYY-MM-DD أو YYYY-MM-DDThh:mm:ss، كما يصدّر Kobo وODK التواريخ.</numerusform>
        <numerusform>‏%n قيمة في {column} تعذّرت قراءتها كتواريخ (الأولى: {uuid}، '{value}'): لم تُفحص مقابلاتها من حيث المدة أو فترة الجمع أو المقابلات المتتالية. اكتبها بالصيغة YYYY-MM-DD أو YYYY-MM-DDThh:mm:ss، كما يصدّر Kobo وODK التواريخ.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="103" />
      <source>%n values will be changed</source>
      <translation>
        <numerusform>‏%n قيمة ستُغيَّر</numerusform>
        <numerusform>قيمة واحدة (%n) ستُغيَّر</numerusform>
        <numerusform>قيمتان (%n) ستُغيَّران</numerusform>
        <numerusform>‏%n قيم ستُغيَّر</numerusform>
        <numerusform>‏%n قيمةً ستُغيَّر</numerusform>
        <numerusform>‏%n قيمة ستُغيَّر</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="130" />
      <source>&amp;Finish</source>
      <translation>إ&amp;نهاء</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="132" />
      <source>&amp;Help</source>
      <translation>م&amp;ساعدة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="129" />
      <source>&amp;Next &gt;</source>
      <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="72" />
      <source>&amp;Reviewer</source>
      <translation>&amp;المراجِع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="24" />
      <source>'Other (specify)' answers</source>
      <translation>إجابات «أخرى (حدّد)»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="439" />
      <source>'{name}' (columns {columns}, imported as {names})</source>
      <translation>‏'{name}' (الأعمدة {columns}، مستوردة باسم {names})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_properties.py" line="93" />
      <source>'{path}' ('{flat}')</source>
      <translation>‏'{path}' ('{flat}')</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="60" />
      <source>'{schema}' is not a usable schema name: use lower case letters, digits and _ (for example {suggestion}).</source>
      <translation>‏'{schema}' ليس اسم مخطط صالحًا للاستخدام: استخدم الحروف الصغيرة والأرقام و_ (مثلًا {suggestion}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="123" />
      <source>'{table}' is a table the survey {schema} came with: the cleaned layer never replaces it. Choose another table name, such as {suggestion}.</source>
      <translation>‏'{table}' جدول جاء مع المسح {schema}: لا تحلّ الطبقة المنظفة محله أبدًا. اختر اسم جدول آخر، مثل {suggestion}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="52" />
      <source>'{text}' cannot name a PostgreSQL schema: use letters, digits and _.</source>
      <translation>لا يمكن أن يكون '{text}' اسمًا لمخطط PostgreSQL: استخدم الحروف والأرقام و_.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="384" />
      <source>'{value}' (choices are separated by spaces)</source>
      <translation>‏'{value}' (يُفصل بين الخيارات بمسافات)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="382" />
      <source>'{value}' (the label of {code})</source>
      <translation>‏'{value}' (تسمية الرمز {code})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="312" />
      <source>'{value}' has a coordinate that is not a finite number.</source>
      <translation>‏'{value}' فيها إحداثية ليست رقمًا منتهيًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="308" />
      <source>'{value}' is an empty geometry (a coordinate is missing or not a number).</source>
      <translation>‏'{value}' هندسة فارغة (إحدى الإحداثيات مفقودة أو ليست رقمًا).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="44" />
      <source>'{value}' is not a finite number ({what}).</source>
      <translation>‏«{value}» ليس رقمًا منتهيًا ({what}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="305" />
      <source>'{value}' is not a geometry.</source>
      <translation>‏«{value}» ليس شكلًا هندسيًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="62" />
      <source>'{value}' is not a geopoint: expected 'latitude longitude altitude accuracy'.</source>
      <translation>‏«{value}» ليست نقطة geopoint: الصيغة المتوقعة «خط العرض خط الطول الارتفاع الدقة».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="79" />
      <source>'{value}' is not a line: it needs at least 2 points.</source>
      <translation>‏«{value}» ليس خطًا: يحتاج إلى نقطتين على الأقل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="351" />
      <source>'{value}' is not a location</source>
      <translation>‏«{value}» ليس موقعًا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="42" />
      <source>'{value}' is not a number ({what}).</source>
      <translation>‏«{value}» ليس رقمًا ({what}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="91" />
      <source>'{value}' is not a polygon: it needs at least 3 distinct points.</source>
      <translation>‏«{value}» ليس مضلعًا: يحتاج إلى 3 نقاط مختلفة على الأقل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="270" />
      <source>'{value}' is not one of {allowed}</source>
      <translation>‏«{value}» ليست من القيم المسموح بها ({allowed})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="315" />
      <source>'{value}' is outside -180..180 / -90..90: is the file in another coordinate system than WGS 84 (longitude, latitude)?</source>
      <translation>‏'{value}' خارج النطاق ‎-180..180 / -90..90: هل الملف بنظام إحداثيات غير WGS 84 (خط الطول، خط العرض)؟</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="448" />
      <source>(its list of attachments)</source>
      <translation>(قائمة مرفقاته)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/i18n.py" line="80" />
      <source>, </source>
      <translation>، </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="326" />
      <source>... and {count} more.</source>
      <translation>... و{count} أخرى.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="269" />
      <source>... started within</source>
      <translation>... بدأت خلال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="200" />
      <source>... started within (minutes)</source>
      <translation>... بدأت خلال (بالدقائق)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="43" />
      <source>1. Import survey data…</source>
      <translation>1. استيراد بيانات المسح…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="50" />
      <source>2. Check and clean…</source>
      <translation>2. الفحص والتنظيف…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="57" />
      <source>3. Make a map…</source>
      <translation>3. إنشاء خريطة…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="64" />
      <source>4. Export the map…</source>
      <translation>4. تصدير الخريطة…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="23" />
      <source>7 cascading selects: answers whose choice belongs to another answer of the question their choice_filter names (needs the XLSForm).</source>
      <translation>‏7 الاختيارات المتسلسلة: إجابات ينتمي خيارها إلى إجابة أخرى للسؤال الذي يسميه choice_filter الخاص بها (يتطلب XLSForm).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/wizard_common.py" line="128" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="37" />
      <source>A .xlsx or .csv file; cells starting like a formula are prefixed with an apostrophe.</source>
      <translation>ملف ‎.xlsx أو ‎.csv؛ الخلايا التي تبدأ كصيغة تُسبق بفاصلة علوية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="94" />
      <source>A CSV file listing each value changed both in the office and by the field team (the office value is kept) and each field change not merged (a row deleted in the field, a change to a row the office removed), with its reason, e.g. conflicts.csv. The same list is in the table field_conflicts.</source>
      <translation>ملف CSV يسرد كل قيمة غُيّرت في المكتب ومن قِبل الفريق الميداني معًا (تُحفظ قيمة المكتب) وكل تغيير من العمل الحقلي لم يُدمج (صف حُذف في الميدان، أو تغيير على صف أزاله المكتب)، مع سببه، مثل conflicts.csv. القائمة نفسها موجودة في الجدول field_conflicts.</translation>
    </message>
    <message>
      <source>A CSV file listing each value changed both in the office and by the field team (the office value is kept), e.g. conflicts.csv. The same list is in the table field_conflicts.</source>
      <translation type="vanished">ملف CSV يسرد كل قيمة غُيّرت في المكتب ومن قِبل الفريق الميداني معًا (تُحفظ قيمة المكتب)، مثل conflicts.csv. القائمة نفسها موجودة في الجدول field_conflicts.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="56" />
      <source>A GPS point is often a home. Move, snap or count the points by admin area before sharing them.</source>
      <translation>غالبًا ما تكون نقطة GPS مسكنًا. أزِح النقاط أو ألصقها بشبكة أو عدّها حسب الوحدة الإدارية قبل مشاركتها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="52" />
      <source>A GeoPackage of admin boundaries to take along, e.g. admin_boundaries.gpkg.</source>
      <translation>ملف GeoPackage للحدود الإدارية يُؤخذ معه، مثل admin_boundaries.gpkg.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="32" />
      <source>A GeoPackage of admin boundaries, e.g. admin_boundaries.gpkg, drawn in the vector background written when no tile can be downloaded.</source>
      <translation>ملف GeoPackage للحدود الإدارية، مثل admin_boundaries.gpkg، تُرسم في الخلفية المتجهية التي تُكتب حين يتعذر تنزيل أي بلاطة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="38" />
      <source>A GeoPackage of this run is being written by another program (QGIS editing it, a database browser, a synchronisation tool): it is locked. Save or close the edits there, then run again.</source>
      <translation>يكتب برنامج آخر في ملف GeoPackage يستخدمه هذا التشغيل (QGIS أثناء تحريره، أو متصفح قواعد بيانات، أو أداة مزامنة): الملف مقفل. احفظ التعديلات في ذلك البرنامج أو أغلقها، ثم أعد التشغيل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="168" />
      <source>A GeoPackage, shapefile or GeoJSON of admin areas with their P-codes (e.g. an OCHA COD-AB).</source>
      <translation>ملف GeoPackage أو shapefile أو GeoJSON لوحدات إدارية مع رموز P-code الخاصة بها (مثل COD-AB من OCHA).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/teams_common.py" line="22" />
      <source>A PostgreSQL connection of QGIS (Browser &gt; PostgreSQL), or a connection string such as service=survey or dbname=surveys host=db.example.org sslmode=require. Passwords come from the connection's authentication configuration, never from this parameter.</source>
      <translation>اتصال PostgreSQL في QGIS (المستعرض &gt; PostgreSQL)، أو سلسلة اتصال مثل service=survey أو dbname=surveys host=db.example.org sslmode=require. تأتي كلمات المرور من إعداد المصادقة الخاص بالاتصال، ولا تأتي أبدًا من هذا المعامل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="60" />
      <source>A PostgreSQL connection of QGIS (Browser &gt; PostgreSQL), or a connection string such as service=survey. When chosen, the survey GeoPackage is copied into a new schema of that database in one transaction: if the connection drops, nothing is left there. Passwords come from the connection's authentication configuration.</source>
      <translation>اتصال PostgreSQL في QGIS (المتصفح &gt; PostgreSQL)، أو سلسلة اتصال مثل service=survey. عند اختياره، يُنسخ ملف GeoPackage الخاص بالمسح إلى مخطط جديد في تلك القاعدة ضمن معاملة واحدة: إذا انقطع الاتصال لا يبقى هناك شيء. تأتي كلمات المرور من إعداد المصادقة الخاص بالاتصال.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="201" />
      <source>A Shapefile cuts field names to 10 characters ({fields}): the map export finds them under their cut names, but other tools may not, and the file cannot record the threshold and the sources of the counts. A GeoPackage (.gpkg) keeps all of them.</source>
      <translation>‏ملف Shapefile يقصّ أسماء الحقول إلى 10 أحرف ({fields}): يجدها تصدير الخريطة بأسمائها المقصوصة، لكن أدوات أخرى قد لا تجدها، ولا يستطيع الملف حفظ العتبة ولا مصادر الأعداد. أما GeoPackage ‏(.gpkg) فيحفظ كل ذلك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="52" />
      <source>A circle at the centre of each area, its surface proportional to the number of submissions.</source>
      <translation>دائرة في مركز كل وحدة، مساحتها متناسبة مع عدد الإرسالات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="127" />
      <source>A field laptop can be lost or stolen: by default, the personal data at high risk and the raw tables stay at the office. Include them only for an encrypted laptop, and delete the package from it after the merge. The points of the submissions are in the package either way.</source>
      <translation>قد يُفقد الحاسوب المحمول الميداني أو يُسرق: افتراضيًا، تبقى البيانات الشخصية عالية الخطورة والجداول الخام في المكتب. لا تُضمّنها إلا لحاسوب محمول مشفّر، واحذف الحزمة منه بعد الدمج. نقاط الإرسالات موجودة في الحزمة في كلتا الحالتين.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="23" />
      <source>A field of the submissions that holds the P-code of the area answered, e.g. admin2 holding CF7112. Chosen: submissions are counted by this code, those without GPS included. Empty: each submission is placed by its location.</source>
      <translation>حقل في الإرسالات يحمل رمز P-code للوحدة الإدارية المُجاب عنها، مثل admin2 الذي يحمل CF7112. عند اختياره: تُعدّ الإرسالات حسب هذا الرمز، بما فيها تلك التي لا GPS لها. فارغ: يُحدَّد موضع كل إرسال حسب موقعه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="325" />
      <source>A heatmap needs the survey points (POINTS).</source>
      <translation>تحتاج الخريطة الحرارية إلى نقاط المسح (POINTS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="212" />
      <source>A key file I keep…</source>
      <translation>ملف مفتاح أحتفظ به…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="83" />
      <source>A line under the title: area, period, population, e.g. Submissions per sous-préfecture, 2-20 March 2026.</source>
      <translation>سطر تحت العنوان: المنطقة، والفترة، والسكان، مثل الإرسالات حسب المقاطعة الفرعية، 2-20 مارس 2026.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="206" />
      <source>A new key for this file only (pseudonyms cannot be linked to other exports)</source>
      <translation>مفتاح جديد لهذا الملف فقط (لا يمكن ربط الأسماء المستعارة بتصديرات أخرى)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="241" />
      <source>A new key is written to the file you name (it must not exist yet). Keep it safe and apart from the shared data: whoever has it can check a guessed name against its pseudonym.</source>
      <translation>يُكتب مفتاح جديد في الملف الذي تسمّيه (يجب ألا يكون موجودًا بعد). احفظه في مكان آمن وبعيدًا عن البيانات المشتركة: من يملكه يمكنه التحقق من اسم مخمَّن بمقارنته باسمه المستعار.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="112" />
      <source>A new table each time: the layout then still works when the project is saved and reopened.</source>
      <translation>جدول جديد في كل مرة: فيبقى التخطيط صالحًا عند حفظ المشروع وإعادة فتحه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="233" />
      <source>A number is expected here.</source>
      <translation>يُتوقع رقم هنا.</translation>
    </message>
    <message>
      <source>A numeric question for a mean or a median, e.g. hh_size (persons) or income_month (in the question's currency).</source>
      <translation type="vanished">سؤال رقمي لحساب متوسط أو وسيط، مثل hh_size (الأشخاص) أو income_month (بعملة السؤال).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="42" />
      <source>A numeric question for a mean or a median, e.g. hh_size (persons) or income_month (in the question's currency). Answers that are not numbers are left out and named.</source>
      <translation>سؤال رقمي لحساب متوسط أو وسيط، مثل hh_size (الأشخاص) أو income_month (بعملة السؤال). تُستبعد الإجابات التي ليست أرقامًا ويُذكر كل منها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="34" />
      <source>A point less than 50 m from the area answered counts as in it (a point on a border, within the error of a phone's GPS), whatever the units of the boundaries. The P-code answered is compared without case or spaces (cf11 is CF11); one of no area is flagged as such.</source>
      <translation>النقطة التي تبعد أقل من 50 م عن الوحدة المُجاب بها تُعدّ داخلها (نقطة على حدّ، ضمن خطأ GPS الهاتف)، أيًّا كانت وحدات الحدود. يُقارن رمز P-code المُجاب به دون اعتبار لحالة الأحرف أو المسافات (cf11 هو CF11)؛ ويُشار إلى الرمز الذي لا يخص أي وحدة على أنه كذلك.</translation>
    </message>
    <message>
      <source>A question whose answers to count, e.g. water_source. With the answer below, each area also gets the number and the share (%) of submissions giving that answer.</source>
      <translation type="vanished">سؤال تُعدّ إجاباته، مثل water_source. مع الإجابة أدناه، تحصل كل وحدة إدارية أيضًا على عدد الإرسالات التي أعطت تلك الإجابة ونسبتها (%).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="28" />
      <source>A question whose answers to count, e.g. water_source. With the answer below, each area also gets the number of submissions answering the question (value_count), and the number and the share (%) of them giving that answer: submissions that skipped or refused it are left out.</source>
      <translation>سؤال تُعدّ إجاباته، مثل water_source. مع الإجابة أدناه، تحصل كل وحدة إدارية أيضًا على عدد الإرسالات التي أجابت عن السؤال (value_count)، وعدد ونسبة (%) ما أعطى منها تلك الإجابة: تُستبعد الإرسالات التي تخطّت السؤال أو رفضته.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="232" />
      <source>A request to {host} could not be sent ({error}).</source>
      <translation>تعذّر إرسال طلب إلى {host} ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="42" />
      <source>A survey GeoPackage written by Import survey data or a download (it is not changed).</source>
      <translation>ملف GeoPackage مسح كتبه استيراد بيانات المسح أو تنزيل (لا يتغير).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="17" />
      <source>A table with one row per column likely holding personal data: column, risk (high, medium, low), category, reason, suggested_action and explanation. E.g. personal_data.csv, or a temporary layer.</source>
      <translation>جدول بصف لكل عمود يُرجَّح أنه يحتوي على بيانات شخصية: column، وrisk (high، medium، low)، وcategory، وreason، وsuggested_action، وexplanation. مثل personal_data.csv، أو طبقة مؤقتة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_destination.py" line="31" />
      <source>A temporary layer cannot hold the cleaned survey: only a GeoPackage keeps the survey's form, repeat tables and date-times as they are (a copy shared from a temporary layer would lose the protections that read them); choose a GeoPackage file (.gpkg) for the cleaned survey and export for sharing from it.</source>
      <translation>لا يمكن لطبقة مؤقتة أن تحتوي على المسح المنظف: وحده ملف GeoPackage يحفظ نموذج المسح وجداول التكرار وقيم التاريخ والوقت كما هي (النسخة المشتركة من طبقة مؤقتة ستفقد وسائل الحماية التي تعتمد عليها)؛ اختر ملف GeoPackage (.gpkg) للمسح المنظف ثم نفّذ منه التصدير للمشاركة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="78" />
      <source>A value holds a NUL character, which PostgreSQL cannot store: {value}</source>
      <translation>قيمة تحتوي على المحرف NUL الذي لا يستطيع PostgreSQL تخزينه: {value}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="107" />
      <source>API token</source>
      <translation>رمز الوصول إلى API</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="41" />
      <source>About the same number of areas in each class.</source>
      <translation>عدد متقارب من الوحدات في كل فئة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="177" />
      <source>Action</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="283" />
      <source>Add the layers to the project</source>
      <translation>إضافة الطبقات إلى المشروع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="57" />
      <source>Address</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="154" />
      <source>Admin area column (P-codes) for counts</source>
      <translation>عمود الوحدة الإدارية (رموز P-code) للأعداد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="88" />
      <source>Admin area polygons, e.g. the layer admin2 of admin_boundaries.gpkg: the areas the counts are given for, or the areas moved points must stay in.</source>
      <translation>مضلعات الوحدات الإدارية، مثل الطبقة admin2 من admin_boundaries.gpkg: الوحدات التي تُعطى الأعداد لها، أو التي يجب أن تبقى النقاط المحرَّكة داخلها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="135" />
      <source>Admin areas</source>
      <translation>الوحدات الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="105" />
      <source>Admin areas (for counts, or to keep moved points in their area)</source>
      <translation>الوحدات الإدارية (للأعداد، أو لإبقاء النقاط المُزاحة داخل وحدتها)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="348" />
      <source>Admin areas (optional, shown in grey)</source>
      <translation>الوحدات الإدارية (اختياري، تُعرض بالرمادي)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="48" />
      <source>Admin areas (polygons with P-codes)</source>
      <translation>الوحدات الإدارية (مضلعات مع رموز P-code)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="55" />
      <source>Admin areas with a count</source>
      <translation>الوحدات الإدارية مع عدد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="170" />
      <source>Admin areas: for the counts, or to keep moved points in their area (optional)</source>
      <translation>الوحدات الإدارية: للأعداد، أو لإبقاء النقاط المُزاحة داخل وحدتها (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="150" />
      <source>Admin boundaries</source>
      <translation>الحدود الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="102" />
      <source>Admin boundaries (*.gpkg *.shp *.geojson *.json)</source>
      <translation>الحدود الإدارية (*.gpkg *.shp *.geojson *.json)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="53" />
      <source>Admin boundaries (GeoPackage, optional)</source>
      <translation>الحدود الإدارية (GeoPackage، اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="108" />
      <source>Admin boundaries (area of interest, P-codes, gazetteer)</source>
      <translation>الحدود الإدارية (منطقة الاهتمام، رموز P-code، المعجم الجغرافي)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="73" />
      <source>Admin boundaries (optional)</source>
      <translation>الحدود الإدارية (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="87" />
      <source>Admin boundaries for the vector background (optional)</source>
      <translation>الحدود الإدارية للخلفية المتجهية (اختياري)</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="93" />
      <source>All %n decisions of the log are still pending: the cleaned layer would be identical to the raw data, yet maps would pick it as cleaned. Decide the rows first (Back).</source>
      <translation>
        <numerusform>لا يزال %n قرار في السجل معلّقًا: ستطابق الطبقة المنظفة البيانات الخام، ومع ذلك ستعتمدها الخرائط على أنها منظفة. احسم الصفوف أولًا («السابق»).</numerusform>
        <numerusform>لا يزال القرار الوحيد (%n) في السجل معلّقًا: ستطابق الطبقة المنظفة البيانات الخام، ومع ذلك ستعتمدها الخرائط على أنها منظفة. احسم الصفوف أولًا («السابق»).</numerusform>
        <numerusform>لا يزال قرارا السجل (%n) معلّقين: ستطابق الطبقة المنظفة البيانات الخام، ومع ذلك ستعتمدها الخرائط على أنها منظفة. احسم الصفوف أولًا («السابق»).</numerusform>
        <numerusform>لا تزال قرارات السجل الـ%n كلها معلّقة: ستطابق الطبقة المنظفة البيانات الخام، ومع ذلك ستعتمدها الخرائط على أنها منظفة. احسم الصفوف أولًا («السابق»).</numerusform>
        <numerusform>لا تزال قرارات السجل الـ%n كلها معلّقة: ستطابق الطبقة المنظفة البيانات الخام، ومع ذلك ستعتمدها الخرائط على أنها منظفة. احسم الصفوف أولًا («السابق»).</numerusform>
        <numerusform>لا تزال قرارات السجل الـ%n كلها معلّقة: ستطابق الطبقة المنظفة البيانات الخام، ومع ذلك ستعتمدها الخرائط على أنها منظفة. احسم الصفوف أولًا («السابق»).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="82" />
      <source>All checks</source>
      <translation>جميع الفحوصات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="87" />
      <source>All decisions</source>
      <translation>جميع القرارات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="185" />
      <source>Also counts the submissions without GPS, and the ones whose GPS point is wrong.</source>
      <translation>يحسب أيضًا الإرسالات بلا GPS وتلك التي نقطة GPS الخاصة بها خاطئة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="217" />
      <source>Also export the log for field teams (CSV or XLSX, optional)</source>
      <translation>تصدير السجل أيضًا للفرق الميدانية (CSV أو XLSX، اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="88" />
      <source>Also in the shared database as {schema}: give colleagues the role {reviewer} to review it, {viewer} to read it.</source>
      <translation>موجود أيضًا في قاعدة البيانات المشتركة باسم {schema}: امنح الزملاء الدور {reviewer} لمراجعته، و{viewer} لقراءته.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="25" />
      <source>Also put the survey in a shared database (PostgreSQL), where colleagues can review it</source>
      <translation>ضع المسح أيضًا في قاعدة بيانات مشتركة (PostgreSQL) حيث يمكن للزملاء مراجعته</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="57" />
      <source>Also share it in a PostgreSQL database (optional)</source>
      <translation>شاركه أيضًا في قاعدة بيانات PostgreSQL (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="124" />
      <source>Also show each submission as a point</source>
      <translation>عرض كل إرسال أيضًا كنقطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="115" />
      <source>Also write the log as an Excel workbook (.xlsx) or a CSV file, e.g. cleaning_log.xlsx, for field teams to fill in new_value and change_type; bring it back with 'Apply the cleaning log'.</source>
      <translation>كتابة السجل أيضًا كمصنف Excel (.xlsx) أو ملف CSV، مثل cleaning_log.xlsx، لتملأ الفرق الميدانية new_value وchange_type؛ أعِده باستخدام «تطبيق سجل التنظيف».</translation>
    </message>
    <message>
      <source>An A4 landscape map made with this toolkit</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="84" />
      <source>An answer is unusual when it lies further than this many interquartile ranges beyond the quartiles (below Q1 - k x IQR or above Q3 + k x IQR). Default 3, far out; 1.5 flags many more. A value is flagged only when the robust z-score agrees.</source>
      <translation>تكون الإجابة غير معتادة حين تبعد أكثر من هذا العدد من المدى الربيعي خارج الربيعات (تحت Q1 - k x IQR أو فوق Q3 + k x IQR). الافتراضي 3، بعيد جدًا؛ و1.5 يعلّم قيمًا أكثر بكثير. لا تُعلَّم القيمة على أنها قيمة شاذة إلا إذا وافقت الدرجة المعيارية المتينة.</translation>
    </message>
    <message>
      <source>An answer is unusual when its robust z-score (0.6745 x its distance to the median, in median absolute deviations) is above this. Default 3.5; lower flags more.</source>
      <translation type="vanished">تكون الإجابة غير معتادة حين تتجاوز درجتها المعيارية المتينة (0.6745 x بعدها عن الوسيط، بوحدات الانحراف المطلق عن الوسيط) هذه القيمة. الافتراضي 3.5؛ والقيمة الأدنى تعلّم أكثر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="95" />
      <source>An answer is unusual when its robust z-score (0.6745 x its distance to the median, in median absolute deviations) is above this. Default 3.5; lower flags more. Where more than half the answers are equal (median absolute deviation 0), its distance to the median in mean absolute deviations (x 1.2533) stands in for it.</source>
      <translation>تكون الإجابة غير معتادة حين تتجاوز درجتها المعيارية المتينة (0.6745 x بعدها عن الوسيط، بوحدات الانحراف المطلق عن الوسيط) هذه القيمة. الافتراضي 3.5؛ والقيمة الأدنى تعلّم أكثر. وحين تتساوى أكثر من نصف الإجابات (الانحراف المطلق عن الوسيط 0)، يحل محلها بعدها عن الوسيط بوحدات متوسط الانحراف المطلق (x 1.2533).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="327" />
      <source>An atlas is made of choropleth pages: choose MAP_TYPE choropleth for it.</source>
      <translation>يتكوّن الأطلس من صفحات خرائط تظليل: اختر MAP_TYPE choropleth.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="77" />
      <source>An empty or new folder where the package folder and its zip are written, e.g. /home/me/packages/team_a.</source>
      <translation>مجلد فارغ أو جديد يُكتب فيه مجلد الحزمة وملف zip الخاص بها، مثل /home/me/packages/team_a.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="48" />
      <source>An unexpected error stopped the run ({error}). The details are in the log (View &gt; Panels &gt; Log Messages, CartONG tab).</source>
      <translation>أوقف خطأ غير متوقع التشغيل ({error}). التفاصيل في السجل (عرض &gt; اللوحات &gt; سجل الرسائل، تبويب CartONG).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="78" />
      <source>Analysis</source>
      <translation>التحليل</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="182" />
      <source>Another server (type its address)</source>
      <translation>خادم آخر (اكتب عنوانه)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="72" />
      <source>Answer to 'other' of {question}: recode into an existing or a new choice.</source>
      <translation>إجابة «أخرى» على {question}: أعد ترميزها إلى خيار موجود أو خيار جديد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="68" />
      <source>Answer to 'other' of {question}; close to the existing choice '{code}' (score {score}).</source>
      <translation>إجابة «أخرى» على {question}؛ قريبة من الخيار الموجود «{code}» (الدرجة {score}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="204" />
      <source>Answer to count</source>
      <translation>الإجابة المطلوب عدّها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="77" />
      <source>Answer to count (choice name)</source>
      <translation>الإجابة المطلوب عدّها (اسم الخيار)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="62" />
      <source>Answers to “{question}”</source>
      <translation>الإجابات على «{question}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="195" />
      <source>App-user token</source>
      <translation>رمز الوصول الخاص بمستخدم التطبيق (app user)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="127" />
      <source>Apply the cleaning log</source>
      <translation>تطبيق سجل التنظيف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="188" />
      <source>Applying the cleaning log to {layer}</source>
      <translation>جارٍ تطبيق سجل التنظيف على {layer}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="80" />
      <source>Archiving</source>
      <translation>الأرشفة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="83" />
      <source>Area of interest</source>
      <translation>منطقة الاهتمام</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="134" />
      <source>Area of interest when there are no admin boundaries (optional)</source>
      <translation>منطقة الاهتمام عند عدم توفر حدود إدارية (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="276" />
      <source>Area of interest, without an admin layer (GPS points outside are flagged)</source>
      <translation>منطقة الاهتمام، دون طبقة إدارية (تُعلَّم نقاط GPS الواقعة خارجها)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="62" />
      <source>Area of the basemap (empty: the surveys and boundaries)</source>
      <translation>منطقة خريطة الأساس (فارغ: المسوح والحدود)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="202" />
      <source>Area of this page</source>
      <translation>الوحدة الإدارية لهذه الصفحة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="46" />
      <source>Areas where fewer submissions than this answered the question get no answer count, percentage, mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default 5 submissions; raise it for sensitive questions.</source>
      <translation>لا تحصل الوحدات الإدارية التي أجاب فيها عن السؤال عدد من الإرسالات أقل من هذا العدد على عدد الإجابة أو نسبة مئوية أو متوسط أو وسيط، بل على الحالة 'insufficient' فقط، كي لا تُعرض إجابة واحدة من اثنتين على أنها 50 %. الافتراضي 5 إرسالات؛ ارفعه للأسئلة الحساسة.</translation>
    </message>
    <message>
      <source>Areas with fewer submissions (or answers) than this get no answer count, percentage, mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default 5 submissions; raise it for sensitive questions.</source>
      <translation type="vanished">لا تحصل الوحدات الإدارية التي لديها إرسالات (أو إجابات) أقل من هذا العدد على عدد الإجابة أو نسبة مئوية أو متوسط أو وسيط، بل على الحالة 'insufficient' فقط، كي لا تُعرض إجابة واحدة من اثنتين على أنها 50 %. الافتراضي 5 إرسالات؛ ارفعه للأسئلة الحساسة.</translation>
    </message>
    <message>
      <source>Areas with fewer submissions (or answers) than this get no percentage, mean or median, only the status 'insufficient', so that 1 answer out of 2 is not shown as 50 %. Default 5 submissions; raise it for sensitive questions.</source>
      <translation type="vanished">لا تحصل الوحدات الإدارية التي لديها إرسالات (أو إجابات) أقل من هذا العدد على نسبة مئوية أو متوسط أو وسيط، بل على الحالة 'insufficient' فقط، كي لا تُعرض إجابة واحدة من اثنتين على أنها 50 %. الافتراضي 5 إرسالات؛ ارفعه للأسئلة الحساسة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="239" />
      <source>Areas with fewer submissions show 'insufficient data', not a percentage or a mean.</source>
      <translation>تعرض الوحدات ذات الإرسالات الأقل «بيانات غير كافية»، لا نسبة مئوية ولا متوسطًا.</translation>
    </message>
    <message>
      <source>Areas with fewer submissions show 'insufficient data', not a percentage.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="140" />
      <source>At the merge, the office keeps its values of what was left out.</source>
      <translation>عند الدمج، يحتفظ المكتب بقيمه لما استُبعد.</translation>
    </message>
    <message>
      <source>Atlas as one PDF per area, named &lt;P-code&gt;_&lt;name&gt;.pdf, in a folder named after the map file</source>
      <translation type="vanished">أطلس على شكل ملف PDF لكل وحدة، باسم &lt;P-code&gt;_&lt;name&gt;.pdf، في مجلد يحمل اسم ملف الخريطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="154" />
      <source>Atlas as one PDF per area, named by its P-code and name (CF111_Bimbo.pdf), in a folder named after the map file</source>
      <translation>أطلس على شكل ملف PDF لكل وحدة، يحمل اسمه رمز P-code الخاص بها واسمها (CF111_Bimbo.pdf)، في مجلد يحمل اسم ملف الخريطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="388" />
      <source>Atlas of {pages} pages written to {file}. The layout “{layout}” is in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation>كُتب أطلس من {pages} صفحات في {file}. التخطيط «{layout}» موجود في المشروع (المشروع &gt; التخطيطات) للتعديل اليدوي.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="149" />
      <source>Atlas: one page per admin area with data (PDF only)</source>
      <translation>أطلس: صفحة لكل وحدة إدارية فيها بيانات (PDF فقط)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="116" />
      <source>Atlas: one page per admin area with data, zoomed on it (PDF)</source>
      <translation>أطلس: صفحة لكل وحدة إدارية فيها بيانات، مع التكبير عليها (PDF)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="67" />
      <source>Attachment columns removed: {columns}.</source>
      <translation>أُزيلت أعمدة المرفقات: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="389" />
      <source>Attachment {name} of submission {uuid} was skipped: {reason}</source>
      <translation>تم تخطي المرفق {name} من الإرسال {uuid}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="50" />
      <source>Attachments downloaded</source>
      <translation>المرفقات المُنزَّلة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="92" />
      <source>Attachments missing</source>
      <translation>المرفقات المفقودة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="276" />
      <source>Attachments: {folder}</source>
      <translation>المرفقات: {folder}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="42" />
      <source>Authentication configuration (email and password, or app-user token)</source>
      <translation>إعداد المصادقة (البريد الإلكتروني وكلمة المرور، أو رمز الوصول الخاص بمستخدم التطبيق)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="40" />
      <source>Authentication configuration holding the API token</source>
      <translation>إعداد المصادقة الذي يحتوي على رمز الوصول إلى API</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="74" />
      <source>Automatic</source>
      <translation>تلقائي</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="311" />
      <source>Automatic ({column})</source>
      <translation>تلقائي ({column})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="388" />
      <source>Back at the office, merge the returned package with the algorithm "Merge a returned field package".</source>
      <translation>عند العودة إلى المكتب، ادمج الحزمة المُعادة باستخدام الخوارزمية «دمج حزمة ميدانية مُعادة».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="197" />
      <source>Background map</source>
      <translation>خريطة الخلفية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="183" />
      <source>Background map for offline work</source>
      <translation>خريطة الخلفية للعمل دون اتصال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="374" />
      <source>Background map: countries and admin boundaries only. {reason}</source>
      <translation>خريطة الخلفية: البلدان والحدود الإدارية فقط. {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="371" />
      <source>Background map: {tiles} tiles stored for offline work.</source>
      <translation>خريطة الخلفية: {tiles} بلاطة مخزنة للعمل دون اتصال.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="178" />
      <source>Background: offline (bundled Natural Earth countries) or osm (OpenStreetMap, credited on the map, when a connection exists)</source>
      <translation>خلفية الخريطة: offline (بلدان Natural Earth المرفقة بالإضافة) أو osm (OpenStreetMap، مع ذكر المصدر على الخريطة، عند توفر الاتصال)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="133" />
      <source>Basemap</source>
      <translation>خريطة الأساس</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="27" />
      <source>Basemap source (XYZ address with {z}/{x}/{y}, or a WMS/XYZ layer source)</source>
      <translation>مصدر خريطة الأساس (عنوان XYZ يحتوي على {z}/{x}/{y}، أو مصدر طبقة WMS/XYZ)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="115" />
      <source>Blank rare combinations of: {columns} (k = {k}).</source>
      <translation>محو التركيبات النادرة من: {columns} (k = {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="54" />
      <source>Blank the value</source>
      <translation>إفراغ القيمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="107" />
      <source>Boundary of the upper admin level</source>
      <translation>حدود المستوى الإداري الأعلى</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="17" />
      <source>Bring a shared survey back to a GeoPackage</source>
      <translation>إعادة مسح مُشارَك إلى GeoPackage</translation>
    </message>
    <message>
      <source>Brings the work of a field team back into the office survey GeoPackage: new submissions (by _uuid, with their raw rows and repeat rows as received), the values edited in the field (in the survey and in its repeat tables), repeat rows added to a submission, and the cleaning decisions taken there (with who and when). Rows are matched by the identity the package recorded when it was prepared, so a row deleted on one side never moves an edit onto another. A value changed both in the office and in the field is a conflict: the office value is kept. A row deleted in the field is not deleted in the office (to remove a submission, record a remove_survey decision in the cleaning log); it is listed as not merged, like a change to a row the office removed. Conflicts and what was not merged are listed, with the reason, in the table field_conflicts and in the CSV. Raw rows already in the office never change. Give the package's zip, its manifest.json, or its survey GeoPackage.</source>
      <translation type="vanished">يعيد عمل الفريق الميداني إلى GeoPackage المسح في المكتب: الإرسالات الجديدة (حسب _uuid، مع صفوفها الخام وصفوف التكرار كما وردت)، والقيم المعدَّلة في الميدان (في المسح وفي جداول التكرار الخاصة به)، وصفوف التكرار المضافة إلى إرسال ما، وقرارات التنظيف المتخذة هناك (مع من اتخذها ومتى). تُطابَق الصفوف حسب الهوية التي سجّلتها الحزمة عند تحضيرها، فلا ينقل صفٌّ محذوف في أحد الجانبين تعديلًا إلى صف آخر أبدًا. القيمة التي تغيّرت في المكتب وفي الميدان معًا تعارض: يُبقى على قيمة المكتب. الصف المحذوف في الميدان لا يُحذف في المكتب (لإزالة إرسال، سجّل قرار remove_survey في سجل التنظيف)؛ بل يُدرج على أنه غير مدمج، مثل تغيير على صف أزاله المكتب. تُدرج التعارضات وما لم يُدمج، مع السبب، في الجدول field_conflicts وفي ملف CSV. الصفوف الخام الموجودة أصلًا في المكتب لا تتغير أبدًا. حدّد ملف zip الخاص بالحزمة أو manifest.json الخاص بها أو GeoPackage المسح الخاص بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="25" />
      <source>Brings the work of a field team back into the office survey GeoPackage: new submissions (by _uuid, with their raw rows and repeat rows as received), the values edited in the field (in the survey and in its repeat tables), repeat rows added to a submission, and the cleaning decisions taken there (with who and when). Rows are matched by the identity the package recorded when it was prepared, so a row deleted on one side never moves an edit onto another. A value changed both in the office and in the field is a conflict: the office value is kept. A row deleted in the field is not deleted in the office (to remove a submission, record a remove_survey decision in the cleaning log); it is listed as not merged, like a change to a row the office removed. Conflicts and what was not merged are listed, with the reason, in the table field_conflicts and in the CSV. Raw rows already in the office never change. Photos and other files taken in the field are copied beside the office GeoPackage, into a folder named after it (survey_attachments for survey.gpkg) with one folder per submission, never over a different file. Copies of one package used on several laptops each bring their own new submissions; an answer changed differently on two copies is a conflict. Give the package's zip, its manifest.json, or its survey GeoPackage.</source>
      <translation>يعيد عمل الفريق الميداني إلى GeoPackage المسح في المكتب: الإرسالات الجديدة (حسب _uuid، مع صفوفها الخام وصفوف التكرار كما وردت)، والقيم المعدَّلة في الميدان (في المسح وفي جداول التكرار الخاصة به)، وصفوف التكرار المضافة إلى إرسال ما، وقرارات التنظيف المتخذة هناك (مع من اتخذها ومتى). تُطابَق الصفوف حسب الهوية التي سجّلتها الحزمة عند تحضيرها، فلا ينقل صفٌّ محذوف في أحد الجانبين تعديلًا إلى صف آخر أبدًا. القيمة التي تغيّرت في المكتب وفي الميدان معًا تعارض: يُبقى على قيمة المكتب. الصف المحذوف في الميدان لا يُحذف في المكتب (لإزالة إرسال، سجّل قرار remove_survey في سجل التنظيف)؛ بل يُدرج على أنه غير مدمج، مثل تغيير على صف أزاله المكتب. تُدرج التعارضات وما لم يُدمج، مع السبب، في الجدول field_conflicts وفي ملف CSV. الصفوف الخام الموجودة أصلًا في المكتب لا تتغير أبدًا. تُنسخ الصور والملفات الأخرى الملتقطة في الميدان بجوار GeoPackage المكتب، في مجلد يحمل اسمه (survey_attachments لـ survey.gpkg) مع مجلد لكل إرسال، ولا تُكتب أبدًا فوق ملف مختلف. كل نسخة من الحزمة نفسها مستخدمة على حاسوب محمول آخر تجلب إرسالاتها الجديدة الخاصة بها؛ والإجابة التي تغيّرت بشكل مختلف في نسختين تعارض. حدّد ملف zip الخاص بالحزمة أو manifest.json الخاص بها أو GeoPackage المسح الخاص بها.</translation>
    </message>
    <message>
      <source>Brings the work of a field team back into the office survey GeoPackage: new submissions (by _uuid, with their raw rows and repeat rows as received), the values edited in the field, and the cleaning decisions taken there (with who and when). A value changed both in the office and in the field is a conflict: the office value is kept and the conflict is listed in the table field_conflicts and in the CSV. Raw rows already in the office never change. Give the package's zip, its manifest.json, or its survey GeoPackage.</source>
      <translation type="vanished">يعيد عمل الفريق الميداني إلى GeoPackage المسح في المكتب: الإرسالات الجديدة (حسب _uuid، مع صفوفها الخام وصفوف التكرار كما وردت)، والقيم المعدَّلة في الميدان، وقرارات التنظيف المتخذة هناك (مع من اتخذها ومتى). القيمة التي تغيّرت في المكتب وفي الميدان معًا تعارض: يُبقى على قيمة المكتب ويُدرج التعارض في الجدول field_conflicts وفي ملف CSV. الصفوف الخام الموجودة أصلًا في المكتب لا تتغير أبدًا. حدّد ملف zip الخاص بالحزمة أو manifest.json الخاص بها أو GeoPackage المسح الخاص بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="174" />
      <source>Build it anyway</source>
      <translation>إنشاؤها رغم ذلك</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="136" />
      <source>Build the cleaned layer</source>
      <translation>إنشاء الطبقة المنظفة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="198" />
      <source>Building the cleaned layer…</source>
      <translation>جارٍ بناء الطبقة المنظفة…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="342" />
      <source>Building the layout…</source>
      <translation>جارٍ بناء التخطيط…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="354" />
      <source>Building the {page} layout…</source>
      <translation>جارٍ بناء التخطيط {page}…</translation>
    </message>
    <message>
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, blank_response rows empty it, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows about a submission that is not in the layer are skipped and listed; a log whose questions or values do not fit the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too.</source>
      <translation type="vanished">يبني الطبقة المنظفة من طبقة المسح وسجل التنظيف، بالطريقة نفسها في كل مرة: صفوف change_response تضع القيمة الجديدة، وصفوف blank_response تفرغها، وصفوف remove_survey تحذف الإرسال (وفي حالة uuid مكرر النسخ اللاحقة فقط)، وصفوف no_action والصفوف المعلّقة لا تغيّر شيئًا. السجل هو جدول 'cleaning_log' في GeoPackage المسح ما لم تختر سجلًا معدَّلًا بصيغة CSV/XLSX، مثل سجل مُلئ لـ cleaningtools في R. تُتخطى الصفوف المتعلقة بإرسال غير موجود في الطبقة وتُدرج في قائمة؛ ويُرفض السجل الذي لا تتوافق الأسئلة أو القيم فيه مع الطبقة مع قائمة بصفوفه الخاطئة. لا تتغير طبقة الإدخال. عند تطبيق خط عرض/خط طول مُبدَّل أو مصحَّح، تُنقل النقطة أيضًا.</translation>
    </message>
    <message>
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, blank_response rows empty it, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows about a submission that is not in the layer are skipped and listed; a log whose questions or values do not fit the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too. A survey layer of a schema shared in PostgreSQL uses the decisions reviewers saved in that schema's cleaning log, and a temporary output becomes a table of the same schema named after the layer (survey_cleaned), replaced in one transaction (it needs the schema owner's rights; anyone else chooses a file).</source>
      <translation type="vanished">يبني الطبقة المنظفة من طبقة المسح وسجل التنظيف بالطريقة نفسها في كل مرة: صفوف change_response تعيّن القيمة الجديدة، وصفوف remove_survey تحذف الإرسال (وفي حالة uuid مكرر تُحذف النسخ اللاحقة فقط)، وصفوف no_action وpending لا تغيّر شيئًا. السجل هو الجدول «cleaning_log» في ملف GeoPackage الخاص بالمسح ما لم تختر سجلًا معدَّلًا بصيغة CSV/XLSX؛ ويُرفض السجل الذي لا تطابق قيم uuid أو الأسئلة فيه الطبقة، مع قائمة بصفوفه الخاطئة. لا تُغيَّر طبقة الإدخال. وعند تطبيق خط عرض/خط طول معكوس أو مصحَّح، تُنقل النقطة أيضًا. تستخدم طبقة المسح في مخطط مشترك في PostgreSQL القرارات التي حفظها المراجعون في سجل التنظيف لذلك المخطط، ويصبح الإخراج المؤقت جدولًا في المخطط نفسه يحمل اسم الطبقة (survey_cleaned)، ويُستبدل في معاملة واحدة (يتطلب ذلك صلاحيات مالك المخطط؛ ويختار الآخرون ملفًا).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="27" />
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, blank_response rows empty it, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log, such as one filled for cleaningtools in R. Rows about a submission that is not in the layer are skipped and listed; a log whose questions or values do not fit the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too. A survey layer of a schema shared in PostgreSQL uses the decisions reviewers saved in that schema's cleaning log, and a temporary output becomes a table of the same schema named after the layer (survey_cleaned), replaced in one transaction (it needs the schema owner's rights; anyone else chooses a file). Otherwise the cleaned survey is a GeoPackage: a temporary output is one in QGIS's temporary folder, deleted when QGIS closes.</source>
      <translation>يبني الطبقة المنظفة من طبقة المسح وسجل التنظيف بالطريقة نفسها في كل مرة: صفوف change_response تعيّن القيمة الجديدة، وصفوف blank_response تفرّغها، وصفوف remove_survey تحذف الإرسال (وفي حالة uuid مكرر تُحذف النسخ اللاحقة فقط)، وصفوف no_action وpending لا تغيّر شيئًا. السجل هو الجدول «cleaning_log» في ملف GeoPackage الخاص بالمسح ما لم تختر سجلًا معدَّلًا بصيغة CSV/XLSX، مثل سجل مُلئ لـ cleaningtools في R. يتم تخطي الصفوف المتعلقة بإرسال غير موجود في الطبقة وتُدرج في قائمة؛ ويُرفض السجل الذي لا تطابق الأسئلة أو القيم فيه الطبقة، مع قائمة بصفوفه الخاطئة. لا تُغيَّر طبقة الإدخال. وعند تطبيق خط عرض/خط طول معكوس أو مصحَّح، تُنقل النقطة أيضًا. تستخدم طبقة المسح في مخطط مشترك في PostgreSQL القرارات التي حفظها المراجعون في سجل التنظيف لذلك المخطط، ويصبح الإخراج المؤقت جدولًا في المخطط نفسه يحمل اسم الطبقة (survey_cleaned)، ويُستبدل في معاملة واحدة (يتطلب ذلك صلاحيات مالك المخطط؛ ويختار الآخرون ملفًا). وإلا فالمسح المنظف ملف GeoPackage: الإخراج المؤقت ملف في المجلد المؤقت لـ QGIS، يُحذف عند إغلاق QGIS.</translation>
    </message>
    <message>
      <source>Builds the cleaned layer from the survey layer and the cleaning log, the same way every time: change_response rows set the new value, remove_survey rows drop the submission (for a duplicated uuid only the later copies), no_action and pending rows change nothing. The log is the 'cleaning_log' table of the survey's GeoPackage unless you choose an edited CSV/XLSX log; a log whose uuids or questions do not match the layer is refused with the list of its faulty rows. The input layer is not changed. When a swapped or corrected latitude/longitude is applied, the point is moved too.</source>
      <translation type="vanished">يبني الطبقة المنظفة من طبقة المسح وسجل التنظيف بالطريقة نفسها في كل مرة: صفوف change_response تعيّن القيمة الجديدة، وصفوف remove_survey تحذف الإرسال (وفي حالة uuid مكرر تُحذف النسخ اللاحقة فقط)، وصفوف no_action وpending لا تغيّر شيئًا. السجل هو الجدول «cleaning_log» في ملف GeoPackage الخاص بالمسح ما لم تختر سجلًا معدَّلًا بصيغة CSV/XLSX؛ ويُرفض السجل الذي لا تطابق قيم uuid أو الأسئلة فيه الطبقة، مع قائمة بصفوفه الخاطئة. لا تُغيَّر طبقة الإدخال. وعند تطبيق خط عرض/خط طول معكوس أو مصحَّح، تُنقل النقطة أيضًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="59" />
      <source>CSV (*.csv *.CSV)</source>
      <translation>‏CSV (*.csv *.CSV)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="126" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="275" />
      <source>Cancel the build</source>
      <translation>إلغاء تحضير الحزمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="366" />
      <source>Cancel the export</source>
      <translation>إلغاء التصدير</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="105" />
      <source>Cancel the import</source>
      <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="65" />
      <source>Cancelled while {what}: nothing was written.</source>
      <translation>أُلغي أثناء {what}: لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="213" />
      <source>Cancelled.</source>
      <translation>أُلغي.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="287" />
      <source>Cancelled: no cleaned layer was written.</source>
      <translation>أُلغي: لم تُكتب الطبقة المنظفة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="153" />
      <source>Cancelled: no field package was written.</source>
      <translation>أُلغي: لم تُكتب أي حزمة ميدانية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="425" />
      <source>Cancelled: no map was written.</source>
      <translation>أُلغي: لم تُكتب أي خريطة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="276" />
      <source>Cancelled: no offline basemap was written.</source>
      <translation>أُلغي: لم تُكتب أي خريطة أساس غير متصلة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="344" />
      <source>Cancelled: nothing was left in the folder.</source>
      <translation>أُلغي: لم يبقَ أي شيء في المجلد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="309" />
      <source>Cancelled: the atlas was not written.</source>
      <translation>أُلغي: لم يُكتب الأطلس.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="196" />
      <source>Cancelled: the cleaned layer was not changed.</source>
      <translation>أُلغي: لم تُغيَّر الطبقة المنظفة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="239" />
      <source>Cancelled: the counts were not written.</source>
      <translation>أُلغي: لم تُكتب الأعداد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="187" />
      <source>Cancelled: the office GeoPackage was not changed.</source>
      <translation>أُلغي: لم يتغير GeoPackage المكتب.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="138" />
      <source>Cancelling…</source>
      <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="145" />
      <source>Cannot connect to the PostgreSQL database {target}: {detail}. Check the host, port and database of the connection and that the server is running.</source>
      <translation>لا يمكن الاتصال بقاعدة بيانات PostgreSQL ‏{target}: {detail}. تحقق من المضيف والمنفذ وقاعدة البيانات في الاتصال ومن أن الخادم يعمل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="204" />
      <source>Cannot export the atlas to {file}: use a file ending in .pdf.</source>
      <translation>لا يمكن تصدير الأطلس إلى {file}: استخدم ملفًا ينتهي بـ .pdf.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="134" />
      <source>Cannot export the cleaning log to {file}: choose a .csv or .xlsx file.</source>
      <translation>لا يمكن تصدير سجل التنظيف إلى {file}: اختر ملف .csv أو .xlsx.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="66" />
      <source>Cannot export the map to {file}: use a file ending in {formats}.</source>
      <translation>لا يمكن تصدير الخريطة إلى {file}: استخدم ملفًا ينتهي بـ {formats}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="103" />
      <source>Cannot reach {host}: this computer seems to be offline, or the server is down ({reason}).</source>
      <translation>تعذّر الوصول إلى {host}: يبدو أن هذا الحاسوب غير متصل، أو أن الخادم متوقف ({reason}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="108" />
      <source>Cannot reach {host}: this computer seems to be offline, or the server is down ({reason}). Check the connection and try again; the last downloaded copy is still available.</source>
      <translation>تعذّر الوصول إلى {host}: يبدو أن هذا الحاسوب غير متصل، أو أن الخادم متوقف ({reason}). تحقّق من الاتصال وأعد المحاولة؛ آخر نسخة تم تنزيلها لا تزال متاحة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="342" />
      <source>Cannot read a cleaning log from {file}: choose a .csv or .xlsx file.</source>
      <translation>لا يمكن قراءة سجل تنظيف من {file}: اختر ملف .csv أو .xlsx.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="77" />
      <source>Cannot read the layout template {file}: {error}</source>
      <translation>لا يمكن قراءة قالب التخطيط {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="81" />
      <source>Cannot write the atlas pages into the folder {folder}: {file} is a file, not a folder. Rename or move that file, or choose another map file name.</source>
      <translation>تعذّرت كتابة صفحات الأطلس في المجلد {folder}: {file} ملف وليس مجلدًا. أعد تسمية ذلك الملف أو انقله، أو اختر اسم ملف آخر للخريطة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="60" />
      <source>Cannot write {file}: {error}. Choose another folder or file name.</source>
      <translation>لا يمكن كتابة {file}: {error}. اختر مجلدًا آخر أو اسم ملف آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="218" />
      <source>CartONG</source>
      <translation>‏CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="141" />
      <source>CartONG Toolkit</source>
      <translation>مجموعة أدوات CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/provider.py" line="50" />
      <source>CartONG Toolkit: survey data import, cleaning and maps</source>
      <translation>مجموعة أدوات CartONG: استيراد بيانات المسح وتنظيفها ورسم خرائطها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="51" />
      <source>CartONG Toolkit…</source>
      <translation>مجموعة أدوات CartONG…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="68" />
      <source>CartONG help</source>
      <translation>مساعدة CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="64" />
      <source>CartONG help catalogue</source>
      <translation>دليل مساعدة CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="67" />
      <source>CartONG training</source>
      <translation>تدريب CartONG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="77" />
      <source>CartONG: {name}</source>
      <translation>‏CartONG: {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="26" />
      <source>Cascading selects</source>
      <translation>الاختيارات المتسلسلة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="177" />
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="53" />
      <source>Change the value</source>
      <translation>تغيير القيمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="38" />
      <source>Check</source>
      <translation>الفحص</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="35" />
      <source>Check and clean survey data</source>
      <translation>فحص بيانات المسح وتنظيفها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="211" />
      <source>Check the data collection period</source>
      <translation>فحص فترة جمع البيانات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="100" />
      <source>Check: {check}</source>
      <translation>الفحص: {check}</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="172" />
      <source>Checking %n submissions…</source>
      <translation>
        <numerusform>جارٍ فحص %n إرسال…</numerusform>
        <numerusform>جارٍ فحص %n إرسال…</numerusform>
        <numerusform>جارٍ فحص %n إرسالين…</numerusform>
        <numerusform>جارٍ فحص %n إرسالات…</numerusform>
        <numerusform>جارٍ فحص %n إرسالًا…</numerusform>
        <numerusform>جارٍ فحص %n إرسال…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="216" />
      <source>Checking the connection…</source>
      <translation>جارٍ التحقق من الاتصال…</translation>
    </message>
    <message>
      <source>Checking {count} submissions…</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="168" />
      <source>Checking {layer}</source>
      <translation>جارٍ فحص {layer}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="67" />
      <source>Checks a survey layer (or table) for duplicated submissions, missing required answers, values out of range or unusual, GPS problems (missing, at 0,0, swapped, outside the admin areas, poor precision, in another area than answered), interview durations, collection dates and bursts, 'other (specify)' answers to recode, and typed admin names to match to P-codes. With the XLSForm the checks know required questions, skip logic and constraints. Each flagged value becomes a row of the cleaning log (uuid, question, old_value, new_value, issue, check_id, change_type...), written as the table 'cleaning_log' of the survey's GeoPackage (or of the GeoPackage you choose). Decisions already taken in an existing log are kept. The raw data is not changed.</source>
      <translation>يفحص طبقة مسح (أو جدوله) بحثًا عن: الإرسالات المكررة، والإجابات الإلزامية المفقودة، والقيم الخارجة عن النطاق أو غير المعتادة، ومشكلات GPS (نقطة مفقودة، أو عند 0,0، أو إحداثيات معكوسة، أو خارج الوحدات الإدارية، أو دقة غير كافية، أو في وحدة غير التي ذُكرت في الإجابة)، ومدد المقابلات، وتواريخ الجمع والمقابلات المتتالية، وإجابات «أخرى (حدّد)» التي يلزم إعادة ترميزها، وأسماء الوحدات الإدارية المكتوبة يدويًا لمطابقتها مع رموز P-code. ومع ملف XLSForm تعرف الفحوصات الأسئلة الإلزامية ومنطق التخطي والقيود. تصبح كل قيمة مُعلَّمة صفًا في سجل التنظيف (uuid، question، old_value، new_value، issue، check_id، change_type…)، ويُكتب في الجدول «cleaning_log» في ملف GeoPackage الخاص بالمسح (أو في ملف GeoPackage الذي تختاره). يُحتفظ بالقرارات المتخذة سابقًا في سجل موجود. لا تُغيَّر البيانات الخام.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="164" />
      <source>Checks and thresholds</source>
      <translation>الفحوصات والعتبات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="220" />
      <source>Checks cancelled: no cleaning log was written. Click Back, then Next to run them again.</source>
      <translation>أُلغيت الفحوصات: لم يُكتب أي سجل تنظيف. انقر «السابق» ثم «التالي» لتشغيلها مجددًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="180" />
      <source>Checks to run</source>
      <translation>الفحوصات المطلوب تشغيلها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="71" />
      <source>Choice labels and choice columns blanked with their question in {rows} rows: {columns}.</source>
      <translation>فُرّغت تسميات الخيارات وأعمدة الخيارات مع سؤالها في {rows} صف: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="69" />
      <source>Choice labels and choice columns removed with their question: {columns}.</source>
      <translation>حُذفت تسميات الخيارات وأعمدة الخيارات مع سؤالها: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="275" />
      <source>Choice labels are written in the chosen language beside the codes; the codes are always kept.</source>
      <translation>تُكتب تسميات الخيارات باللغة المختارة بجوار الرموز؛ ويُحتفظ بالرموز دائمًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="368" />
      <source>Choose a .gpkg file for the survey GeoPackage, not {file}.</source>
      <translation>اختر ملفًا بصيغة ‎.gpkg لـ GeoPackage المسح، لا {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="72" />
      <source>Choose a PostgreSQL connection: the name of a QGIS connection (Browser &gt; PostgreSQL) or a connection string such as service=survey.</source>
      <translation>اختر اتصال PostgreSQL: اسم اتصال في QGIS (المستعرض &gt; PostgreSQL) أو سلسلة اتصال مثل service=survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="353" />
      <source>Choose an empty folder for the training session</source>
      <translation>اختر مجلدًا فارغًا لجلسة التدريب</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="243" />
      <source>Choose an empty or new folder: the package folder and its zip go inside it. Copy the zip to the field laptop and open the project inside.</source>
      <translation>اختر مجلدًا فارغًا أو جديدًا: يُكتب مجلد الحزمة وملف zip الخاص بها داخله. انسخ ملف zip إلى الحاسوب المحمول الميداني وافتح المشروع الموجود فيه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="323" />
      <source>Choose another file: the shared copy cannot replace the survey itself.</source>
      <translation>اختر ملفًا آخر: لا يمكن أن تحل النسخة المراد مشاركتها محل المسح نفسه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="94" />
      <source>Choose at least one survey GeoPackage for the field package.</source>
      <translation>اختر GeoPackage مسح واحدًا على الأقل للحزمة الميدانية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="58" />
      <source>Choose the P-code and name fields of the admin layer {layer}.</source>
      <translation>اختر حقلي P-code والاسم في الطبقة الإدارية {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="216" />
      <source>Choose the P-code field of the admin area layer.</source>
      <translation>اختر حقل P-code في طبقة الوحدات الإدارية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="394" />
      <source>Choose the P-code field of the admin boundaries.</source>
      <translation>اختر حقل P-code في الحدود الإدارية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="214" />
      <source>Choose the admin area column to count by.</source>
      <translation>اختر عمود الوحدة الإدارية الذي يُعدّ حسبه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/wizard.py" line="59" />
      <source>Choose the admin boundaries and their P-code field.</source>
      <translation>اختر الحدود الإدارية وحقل P-code الخاص بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="173" />
      <source>Choose the answer to count for the question {field}.</source>
      <translation>اختر الإجابة التي ستُعدّ للسؤال {field}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="60" />
      <source>Choose the authentication configuration that holds your KoboToolbox API token.</source>
      <translation>اختر إعداد المصادقة الذي يحتوي على رمز الوصول إلى API الخاص بك في KoboToolbox.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="83" />
      <source>Choose the authentication configuration that holds your ODK Central login.</source>
      <translation>اختر إعداد المصادقة الذي يحتوي على بيانات اعتمادك في ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="101" />
      <source>Choose the export downloaded from KoboToolbox, ODK Central or ONA (CSV, XLSX or zip) and, if you have it, the XLSForm it was collected with.</source>
      <translation>اختر التصدير الذي نزّلته من KoboToolbox أو ODK Central أو ONA (CSV أو XLSX أو zip)، وملف XLSForm الذي جُمعت به البيانات إن توفر لديك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="51" />
      <source>Choose the form whose submissions to download.</source>
      <translation>اختر النموذج الذي تريد تنزيل إرسالاته.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="42" />
      <source>Choose the imported survey layer, the XLSForm it was collected with (required questions, constraints and skip logic are then checked) and, if you have them, the admin boundaries of the area surveyed.</source>
      <translation>اختر طبقة المسح المستوردة، وملف XLSForm الذي جُمعت به (فتُفحص الأسئلة الإلزامية والقيود ومنطق التخطي)، والحدود الإدارية للمنطقة التي شملها المسح إن توفرت لديك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="275" />
      <source>Choose the key file.</source>
      <translation>اختر ملف المفتاح.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="76" />
      <source>Choose the map that answers your question. Every map comes in a print-ready layout with title, legend, scale bar, north arrow, sources and disclaimer.</source>
      <translation>اختر الخريطة التي تجيب عن سؤالك. تأتي كل خريطة في تخطيط جاهز للطباعة، مع العنوان ومفتاح الخريطة وشريط المقياس وسهم الشمال والمصادر وإخلاء المسؤولية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="388" />
      <source>Choose the numeric question whose mean is mapped.</source>
      <translation>اختر السؤال الرقمي الذي يُعرض متوسطه على الخريطة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="390" />
      <source>Choose the numeric question whose median is mapped.</source>
      <translation>اختر السؤال الرقمي الذي يُعرض وسيطه على الخريطة.</translation>
    </message>
    <message>
      <source>Choose the numeric question whose {statistic} is mapped.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="393" />
      <source>Choose the question and the answer whose share is mapped.</source>
      <translation>اختر السؤال والإجابة التي تُعرض نسبتها على الخريطة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="373" />
      <source>Choose the question to map.</source>
      <translation>اختر السؤال المراد تمثيله على الخريطة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="396" />
      <source>Choose the question whose answers are the P-codes.</source>
      <translation>اختر السؤال الذي تكون إجاباته رموز P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="60" />
      <source>Choose the server and how to log in. Tokens and passwords are kept only in the QGIS authentication manager, never in the project or the settings.</source>
      <translation>اختر الخادم وطريقة تسجيل الدخول. تُحفظ رموز الوصول وكلمات المرور في مدير المصادقة في QGIS فقط، ولا تُحفظ أبدًا في المشروع أو الإعدادات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="109" />
      <source>Choose the survey layer to share and, if you have it, the XLSForm it was collected with: the form tells which questions hold names, GPS points or photos.</source>
      <translation>اختر طبقة المسح المراد مشاركتها، وملف XLSForm الذي جُمعت به البيانات إن توفر لديك: يبيّن النموذج الأسئلة التي تحتوي على أسماء أو نقاط GPS أو صور.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/wizard.py" line="56" />
      <source>Choose the survey layer.</source>
      <translation>اختر طبقة المسح.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="110" />
      <source>Choose the survey, the admin boundaries with their P-codes, and how each submission finds its area.</source>
      <translation>اختر المسح، والحدود الإدارية مع رموز P-code الخاصة بها، وطريقة ربط كل إرسال بوحدته.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="43" />
      <source>Choropleth: mean or median of a number per admin area</source>
      <translation>خريطة تظليل: متوسط رقم أو وسيطه حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="35" />
      <source>Choropleth: share of an answer per admin area (%)</source>
      <translation>خريطة تظليل: نسبة إجابة معيّنة حسب الوحدة الإدارية (%)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="30" />
      <source>Choropleth: submissions per admin area</source>
      <translation>خريطة تظليل: الإرسالات حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="396" />
      <source>Circle area proportional to the value</source>
      <translation>مساحة الدائرة متناسبة مع القيمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="252" />
      <source>Class limits</source>
      <translation>حدود الفئات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="124" />
      <source>Class limits of your own, e.g. 10, 20, 50 (replace the METHOD; with ';' between limits, a comma is a decimal comma)</source>
      <translation>حدود الفئات من اختيارك، مثل 10، 20، 50 (تحل محل METHOD؛ وعند استخدام «;» بين الحدود تكون الفاصلة فاصلة عشرية)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="115" />
      <source>Class limits of your own, increasing, e.g. 10, 20, 50: classes from the smallest value to 10, 10 to 20, 20 to 50 and 50 to the largest. With a decimal comma, put ';' between limits: 2,5; 5; 7,5. Replaces the method and the number of classes.</source>
      <translation>حدود فئات تحددها بنفسك، تصاعدية، مثل 10، 20، 50: فئات من أصغر قيمة إلى 10، ومن 10 إلى 20، ومن 20 إلى 50، ومن 50 إلى أكبر قيمة. مع الفاصلة العشرية، ضع ';' بين الحدود: 2,5; 5; 7,5. تحل محل الطريقة وعدد الفئات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="42" />
      <source>Class limits where the values jump.</source>
      <translation>حدود الفئات حيث تقفز القيم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="221" />
      <source>Classes</source>
      <translation>الفئات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="43" />
      <source>Classes of the same width.</source>
      <translation>فئات بالعرض نفسه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="117" />
      <source>Classes: quantile (equal count), jenks (natural breaks), equal (intervals) or pretty</source>
      <translation>الفئات: quantile (أعداد متساوية)، أو jenks (فواصل طبيعية)، أو equal (فترات متساوية)، أو pretty (فواصل مُقرَّبة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="59" />
      <source>Cleaned survey</source>
      <translation>المسح المنظف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="210" />
      <source>Cleaning</source>
      <translation>التنظيف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="66" />
      <source>Cleaning decisions merged</source>
      <translation>قرارات التنظيف المدمجة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="224" />
      <source>Cleaning log</source>
      <translation>سجل التنظيف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="52" />
      <source>Cleaning log (CSV, XLSX or GeoPackage; empty: the survey's GeoPackage)</source>
      <translation>سجل التنظيف (CSV أو XLSX أو GeoPackage؛ فارغ: ملف GeoPackage الخاص بالمسح)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="264" />
      <source>Cleaning log exported to {file}.</source>
      <translation>صُدِّر سجل التنظيف إلى {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="427" />
      <source>Cleaning log of {schema} in {target}: {kept} rows kept with their decisions, {new} new, {gone} no longer raised removed.</source>
      <translation>سجل التنظيف الخاص بـ {schema} في {target}: {kept} صفًا محفوظًا مع قراراته، {new} جديدًا، {gone} لم تعد مُبلَّغًا عنها أُزيلت.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="247" />
      <source>Cleaning log saved in {file} (%n rows).</source>
      <translation>
        <numerusform>حُفظ سجل التنظيف في {file} (%n صف).</numerusform>
        <numerusform>حُفظ سجل التنظيف في {file} (%n صف).</numerusform>
        <numerusform>حُفظ سجل التنظيف في {file} (%n صفان).</numerusform>
        <numerusform>حُفظ سجل التنظيف في {file} (%n صفوف).</numerusform>
        <numerusform>حُفظ سجل التنظيف في {file} (%n صفًا).</numerusform>
        <numerusform>حُفظ سجل التنظيف في {file} (%n صف).</numerusform>
      </translation>
    </message>
    <message>
      <source>Cleaning log saved in {file} ({rows} rows).</source>
      <translation type="vanished" />
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="389" />
      <source>Cleaning log {file}, column {column}: %n new answers are not in the choice list '{list}' (rows {rows}: {values}); they are applied as written, each code as its own label.</source>
      <translation>
        <numerusform>سجل التنظيف {file}، العمود {column}: %n إجابة جديدة ليست في قائمة الخيارات «{list}» (الصفوف {rows}: {values})؛ تُطبَّق كما كُتبت، ويصبح كل رمز تسميةً لنفسه.</numerusform>
        <numerusform>سجل التنظيف {file}، العمود {column}: إجابة جديدة واحدة (%n) ليست في قائمة الخيارات «{list}» (الصف {rows}: {values})؛ تُطبَّق كما كُتبت، ويصبح كل رمز تسميةً لنفسه.</numerusform>
        <numerusform>سجل التنظيف {file}، العمود {column}: اثنتان (%n) من الإجابات الجديدة ليستا في قائمة الخيارات «{list}» (الصفان {rows}: {values})؛ تُطبَّقان كما كُتبتا، ويصبح كل رمز تسميةً لنفسه.</numerusform>
        <numerusform>سجل التنظيف {file}، العمود {column}: %n إجابات جديدة ليست في قائمة الخيارات «{list}» (الصفوف {rows}: {values})؛ تُطبَّق كما كُتبت، ويصبح كل رمز تسميةً لنفسه.</numerusform>
        <numerusform>سجل التنظيف {file}، العمود {column}: %n إجابةً جديدة ليست في قائمة الخيارات «{list}» (الصفوف {rows}: {values})؛ تُطبَّق كما كُتبت، ويصبح كل رمز تسميةً لنفسه.</numerusform>
        <numerusform>سجل التنظيف {file}، العمود {column}: %n إجابة جديدة ليست في قائمة الخيارات «{list}» (الصفوف {rows}: {values})؛ تُطبَّق كما كُتبت، ويصبح كل رمز تسميةً لنفسه.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="54" />
      <source>Cleaning logs (*.xlsx *.csv *.gpkg)</source>
      <translation>سجلات التنظيف (*.xlsx *.csv *.gpkg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="328" />
      <source>Cleaning logs (*.xlsx *.csv)</source>
      <translation>سجلات التنظيف (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="266" />
      <source>Click a row to read why the column was flagged.</source>
      <translation>انقر على صف لقراءة سبب تعليم العمود.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="166" />
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="105" />
      <source>Closed</source>
      <translation>مغلق</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="174" />
      <source>Closest gazetteer name: {place}, score {score}.</source>
      <translation>أقرب اسم في المعجم الجغرافي: {place}، الدرجة {score}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="105" />
      <source>Closing</source>
      <translation>قيد الإغلاق</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="271" />
      <source>Collection period</source>
      <translation>فترة الجمع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="205" />
      <source>Column</source>
      <translation>العمود</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="47" />
      <source>Column “{column}” of the exported cleaning log</source>
      <translation>العمود “{column}” من سجل التنظيف المُصدَّر</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="146" />
      <source>Columns an outsider could know</source>
      <translation>أعمدة قد يعرفها شخص من الخارج</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="136" />
      <source>Columns an outsider could know (area, sex, age, household size…): combinations shared by fewer than k rows are blanked.</source>
      <translation>أعمدة قد يعرفها شخص من الخارج (المنطقة، الجنس، العمر، حجم الأسرة…): تُمحى التركيبات التي يشترك فيها أقل من k صفًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="91" />
      <source>Columns an outsider could know (rare combinations are blanked)</source>
      <translation>أعمدة قد يعرفها شخص من الخارج (تُمحى التركيبات النادرة)</translation>
    </message>
    <message>
      <source>Columns at high risk (names, phone numbers...) to keep in the copy anyway, e.g. village when the partner needs it. Not recommended: each one is named in the README. Any other column at high risk is removed unless it is pseudonymised.</source>
      <translation type="vanished">أعمدة عالية الخطورة (أسماء، أرقام هواتف...) يُبقى عليها في النسخة رغم ذلك، مثل village حين يحتاج إليه الشريك. غير مستحسن: يُذكر كل منها في README. أي عمود آخر عالي الخطورة يُحذف ما لم يُستبدل باسم مستعار.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="197" />
      <source>Columns at high risk kept by your choice (comma-separated)</source>
      <translation>الأعمدة عالية الخطورة المُبقاة باختيارك (مفصولة بفواصل)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="192" />
      <source>Columns at high risk removed by default (comma-separated)</source>
      <translation>الأعمدة عالية الخطورة المحذوفة افتراضيًا (مفصولة بفواصل)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="61" />
      <source>Columns at high risk removed by default: {columns}.</source>
      <translation>الأعمدة عالية الخطورة المحذوفة افتراضيًا: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="81" />
      <source>Columns at high risk to keep anyway (not recommended; written in the README)</source>
      <translation>أعمدة عالية الخطورة يُبقى عليها رغم ذلك (غير مستحسن؛ يُكتب في README)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="32" />
      <source>Columns flagged as personal data to keep in the copy as they are, e.g. village when the partner needs it. Not recommended: a column at high risk kept is named in the README. Without a choice, any other column at high risk is removed, and columns identifying staff, devices, accounts or documents are pseudonymised (removed when no key can be opened), as the wizard starts them.</source>
      <translation>أعمدة مُعلَّمة على أنها بيانات شخصية يُبقى عليها في النسخة كما هي، مثل village حين يحتاج إليه الشريك. غير مستحسن: يُذكر في README كل عمود عالي الخطورة أُبقي عليه. إن لم يُحدَّد أي خيار، يُحذف أي عمود آخر عالي الخطورة، ويُطبَّق الترميز المستعار على الأعمدة التي تحدد هوية العاملين أو الأجهزة أو الحسابات أو الوثائق (وتُحذف عندما لا يمكن فتح أي مفتاح)، كما في الحالة الأولى للمعالج.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="78" />
      <source>Columns likely holding personal data at high risk</source>
      <translation>أعمدة يُرجَّح أنها تحتوي على بيانات شخصية عالية الخطورة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="292" />
      <source>Columns likely holding personal data at high risk were kept as you chose: {columns}. The README says so; share the file only under a data sharing agreement.</source>
      <translation>أُبقي على الأعمدة التي يُرجَّح أنها تحتوي على بيانات شخصية عالية الخطورة كما اخترت: {columns}. يذكر README ذلك؛ لا تشارك الملف إلا بموجب اتفاقية لتبادل البيانات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="284" />
      <source>Columns likely holding personal data at high risk were removed by default: {columns}. To share them, pseudonymise them (PSEUDONYMISE_FIELDS) or keep them (KEEP_FIELDS).</source>
      <translation>حُذفت افتراضيًا الأعمدة التي يُرجَّح أنها تحتوي على بيانات شخصية عالية الخطورة: {columns}. لمشاركتها، طبّق عليها الترميز المستعار (PSEUDONYMISE_FIELDS) أو أبقِ عليها (KEEP_FIELDS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="95" />
      <source>Columns of personal data at high risk (left out or carried)</source>
      <translation>أعمدة البيانات الشخصية عالية الخطورة (المستبعدة أو المضمّنة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/report.py" line="168" />
      <source>Columns of the field copy that the office survey does not have were not merged: {columns}</source>
      <translation>لم تُدمج أعمدة النسخة الميدانية غير الموجودة في مسح المكتب: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="28" />
      <source>Columns removed from the copy, e.g. respondent_name and phone. Run 'Detect personal data' first: its list names the candidates.</source>
      <translation>أعمدة تُحذف من النسخة، مثل respondent_name وphone. شغّل «كشف البيانات الشخصية» أولًا: قائمته تسمّي الأعمدة المرشحة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="59" />
      <source>Columns removed: {columns}.</source>
      <translation>الأعمدة المُزالة: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="109" />
      <source>Columns repeating the exact location are removed too.</source>
      <translation>تُزال أيضًا الأعمدة التي تكرر الموقع الدقيق.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="65" />
      <source>Columns repeating the exact location removed: {columns}.</source>
      <translation>أُزيلت الأعمدة التي تكرر الموقع الدقيق: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="79" />
      <source>Columns replaced by pseudonyms (key {key}, in the key file {file}): {columns}.</source>
      <translation>أعمدة استُبدلت بأسماء مستعارة (المفتاح {key}، في ملف المفتاح {file}): {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="83" />
      <source>Columns replaced by pseudonyms (key {key}, kept in your QGIS authentication database): {columns}.</source>
      <translation>أعمدة استُبدلت بأسماء مستعارة (ترميز مستعار بالمفتاح {key}، المحفوظ في قاعدة بيانات المصادقة في QGIS): {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="43" />
      <source>Columns someone outside could know about a person, e.g. admin2, head_gender, head_age, hh_size. Values are blanked wherever their combination is shared by fewer than k rows.</source>
      <translation>أعمدة قد يعرفها شخص من الخارج عن شخص ما، مثل admin2 وhead_gender وhead_age وhh_size. تُفرَّغ القيم حيثما تشترك في تركيبتها أقل من k صفوف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="164" />
      <source>Columns that likely hold personal data, found from the form, the column names and the values. Choose what to do with each before sharing; read the reason when unsure.</source>
      <translation>أعمدة يُرجَّح أنها تحتوي على بيانات شخصية، اكتُشفت من النموذج وأسماء الأعمدة والقيم. اختر ما تفعله بكل منها قبل المشاركة؛ واقرأ السبب عند الشك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="65" />
      <source>Columns to remove</source>
      <translation>الأعمدة المراد إزالتها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="71" />
      <source>Columns to replace by pseudonyms</source>
      <translation>الأعمدة المراد استبدالها بأسماء مستعارة (ترميز مستعار)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="38" />
      <source>Columns whose values are replaced by pseudonyms, e.g. household_id: the same value always gets the same pseudonym with the same key, so rows can still be linked, but the value cannot be read back without the key.</source>
      <translation>أعمدة تُستبدل قيمها بأسماء مستعارة، مثل household_id: تحصل القيمة نفسها دائمًا على الاسم المستعار نفسه بالمفتاح نفسه، فيظل ممكنًا ربط الصفوف، لكن لا يمكن استرجاع القيمة من دون المفتاح.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="59" />
      <source>Compare numbers within each value of this field, e.g. admin1, when areas differ (incomes in the capital and in villages). Groups of fewer than 20 submissions get no statistical check.</source>
      <translation>مقارنة الأرقام ضمن كل قيمة من قيم هذا الحقل، مثل admin1، حين تختلف المناطق (الدخل في العاصمة وفي القرى). لا تخضع المجموعات التي تضم أقل من 20 إرسالًا لأي فحص إحصائي.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="246" />
      <source>Compare numbers within groups of</source>
      <translation>مقارنة الأرقام داخل مجموعات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="150" />
      <source>Compare numbers within groups of this field (optional)</source>
      <translation>مقارنة الأرقام داخل مجموعات هذا الحقل (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="242" />
      <source>Compare numbers within groups of this question (e.g. admin1); empty: the whole survey</source>
      <translation>مقارنة الأرقام داخل مجموعات هذا السؤال (مثل admin1)؛ فارغ: المسح بأكمله</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="271" />
      <source>Comparing {file} with the list of submissions on {host}…</source>
      <translation>جارٍ مقارنة {file} بقائمة الإرسالات على {host}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="59" />
      <source>Conflicts (CSV)</source>
      <translation>التعارضات (CSV)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="67" />
      <source>Conflicts (office value kept)</source>
      <translation>التعارضات (يُبقى على قيمة المكتب)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="415" />
      <source>Connected to {url}: {count} forms, {deployed} deployed.</source>
      <translation>تم الاتصال بـ {url}: {count} نموذج، منها {deployed} منشور.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="383" />
      <source>Connecting to {url}</source>
      <translation>الاتصال بـ {url}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="381" />
      <source>Connecting to {url}…</source>
      <translation>جارٍ الاتصال بـ {url}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="385" />
      <source>Connection cancelled.</source>
      <translation>أُلغي الاتصال.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="376" />
      <source>Continue</source>
      <translation>متابعة</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/resume.py" line="95" />
      <source>Continuing the interrupted download of {file}: %n submissions were already downloaded.</source>
      <translation>
        <numerusform>استئناف التنزيل المتوقف لـ {file}: سبق تنزيل %n إرسال.</numerusform>
        <numerusform>استئناف التنزيل المتوقف لـ {file}: سبق تنزيل %n إرسال واحد.</numerusform>
        <numerusform>استئناف التنزيل المتوقف لـ {file}: سبق تنزيل %n إرسالين.</numerusform>
        <numerusform>استئناف التنزيل المتوقف لـ {file}: سبق تنزيل %n إرسالات.</numerusform>
        <numerusform>استئناف التنزيل المتوقف لـ {file}: سبق تنزيل %n إرسالًا.</numerusform>
        <numerusform>استئناف التنزيل المتوقف لـ {file}: سبق تنزيل %n إرسال.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="245" />
      <source>Coordinate system: {crs}</source>
      <translation>نظام الإحداثيات: {crs}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="29" />
      <source>Copies every table of a survey GeoPackage (the raw tables exactly as received, the typed survey layer with its points, repeat tables, the cleaning log, the metadata and form tables) into a new schema of a PostgreSQL database with PostGIS, with the same names and values, in one transaction: if anything fails or the connection drops, nothing is left in the database. Two roles are created for the schema, named after it (for a schema household_2026: household_2026_reviewer, who may record cleaning decisions, and household_2026_viewer, who may only read); the administrator grants them to people. Raw tables refuse any change. The GeoPackage is only read.</source>
      <translation>ينسخ كل جداول GeoPackage المسح (الجداول الخام كما وردت، وطبقة المسح المُنمَّطة بنقاطها، وجداول التكرار، وسجل التنظيف، وجداول البيانات الوصفية والنموذج) إلى مخطط جديد في قاعدة بيانات PostgreSQL مع PostGIS، بالأسماء والقيم نفسها، في معاملة واحدة: إذا فشل أي شيء أو انقطع الاتصال، لا يبقى أي شيء في قاعدة البيانات. يُنشأ دوران للمخطط يحملان اسمه (لمخطط household_2026: الدور household_2026_reviewer، الذي يمكنه تسجيل قرارات التنظيف، والدور household_2026_viewer، الذي يمكنه القراءة فقط)؛ ويمنحهما المسؤول للأشخاص. الجداول الخام ترفض أي تغيير. يُقرأ GeoPackage فقط.</translation>
    </message>
    <message>
      <source>Copies every table of a survey GeoPackage (the raw tables exactly as received, the typed survey layer with its points, repeat tables, the cleaning log, the metadata and form tables) into a new schema of a PostgreSQL database with PostGIS, with the same names and values, in one transaction: if anything fails or the connection drops, nothing is left in the database. Two roles are created for the schema: &lt;schema&gt;_reviewer (may record cleaning decisions) and &lt;schema&gt;_viewer (may only read); the administrator grants them to people. Raw tables refuse any change. The GeoPackage is only read.</source>
      <translation type="vanished">ينسخ كل جداول GeoPackage المسح (الجداول الخام كما وردت، وطبقة المسح المُنمَّطة بنقاطها، وجداول التكرار، وسجل التنظيف، وجداول البيانات الوصفية والنموذج) إلى مخطط جديد في قاعدة بيانات PostgreSQL مع PostGIS، بالأسماء والقيم نفسها، في معاملة واحدة: إذا فشل أي شيء أو انقطع الاتصال، لا يبقى أي شيء في قاعدة البيانات. يُنشأ دوران للمخطط: &lt;schema&gt;_reviewer (يمكنه تسجيل قرارات التنظيف) و&lt;schema&gt;_viewer (يمكنه القراءة فقط)؛ ويمنحهما المسؤول للأشخاص. الجداول الخام ترفض أي تغيير. يُقرأ GeoPackage فقط.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="92" />
      <source>Copy it only to an encrypted laptop, and delete it from the laptop after the merge.</source>
      <translation>لا تنسخها إلا إلى حاسوب محمول مشفّر، واحذفها من الحاسوب المحمول بعد الدمج.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="307" />
      <source>Copying the data and building the project…</source>
      <translation>نسخ البيانات وبناء المشروع…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="70" />
      <source>Count by admin area</source>
      <translation>العدّ حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="122" />
      <source>Count by admin area (small counts hidden)</source>
      <translation>العدّ حسب الوحدة الإدارية (مع إخفاء الأعداد الصغيرة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="26" />
      <source>Count submissions by admin area</source>
      <translation>عدّ الإرسالات حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="58" />
      <source>Count submissions by admin area and lay out a print-ready map.</source>
      <translation>عدّ الإرسالات حسب الوحدة الإدارية وإعداد خريطة جاهزة للطباعة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="270" />
      <source>Counting submissions per admin area</source>
      <translation>عدّ الإرسالات حسب الوحدة الإدارية</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="281" />
      <source>Counting the %n submissions of {layer} per area…</source>
      <translation>
        <numerusform>جارٍ عدّ %n إرسال من {layer} حسب الوحدة…</numerusform>
        <numerusform>جارٍ عدّ %n إرسال من {layer} حسب الوحدة…</numerusform>
        <numerusform>جارٍ عدّ %n إرسالين من {layer} حسب الوحدة…</numerusform>
        <numerusform>جارٍ عدّ %n إرسالات من {layer} حسب الوحدة…</numerusform>
        <numerusform>جارٍ عدّ %n إرسالًا من {layer} حسب الوحدة…</numerusform>
        <numerusform>جارٍ عدّ %n إرسال من {layer} حسب الوحدة…</numerusform>
      </translation>
    </message>
    <message>
      <source>Counting the {count} submissions of {layer} per area…</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="157" />
      <source>Countries</source>
      <translation>البلدان</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="32" />
      <source>Countries (offline background)</source>
      <translation>البلدان (خلفية غير متصلة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="131" />
      <source>Counts below k are hidden; rare combinations are blanked until k rows share them.</source>
      <translation>تُخفى الأعداد الأقل من k؛ وتُمحى التركيبات النادرة حتى يشترك فيها k صفًا على الأقل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="121" />
      <source>Counts by {columns} for {rows} areas; {small} small counts and {other} other counts hidden (k = {k}).</source>
      <translation>أعداد حسب {columns} لـ {rows} وحدة؛ أُخفيت {small} أعداد صغيرة و{other} أعداد أخرى (k = {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="29" />
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent of those answering it; areas where fewer submissions than the threshold answered get neither the count of the answer nor its percentage, only the status 'insufficient', so small numbers do not mislead or tell what a few households answered. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation>يعدّ نقاط المسح في كل وحدة إدارية (الإرسالات الميدانية). تُوضع النقاط حسب موقعها، أو حسب حقل P-code إذا اختير (فتُعدّ النقاط بلا GPS أيضًا). ويعدّ اختياريًا الإرسالات التي تعطي إجابة معيّنة على سؤال ونسبتها المئوية من الإرسالات التي أجابت عنه؛ والوحدات التي أجاب فيها عدد من الإرسالات أقل من العتبة لا تحصل على عدد هذه الإجابة ولا على نسبتها المئوية، بل على الحالة «insufficient» فقط، حتى لا تضلل الأعداد الصغيرة ولا تكشف ما أجابت به بضع أسر. ويعطي STATISTIC بقيمة mean أو median مع سؤال رقمي متوسطه (الحقل value_mean) أو وسيطه (value_median) لكل وحدة، وفق القاعدة نفسها: الوحدات التي إجاباتها أقل من العتبة لا تحصل على قيمة بل على الحالة «insufficient».</translation>
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get neither the count of the answer nor its percentage, only the status 'insufficient', so small numbers do not mislead or tell what a few households answered. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation type="vanished">يعدّ نقاط المسح في كل وحدة إدارية (الإرسالات الميدانية). تُوضع النقاط حسب موقعها، أو حسب حقل P-code إذا اختير (فتُعدّ النقاط بلا GPS أيضًا). ويعدّ اختياريًا الإرسالات التي تعطي إجابة معيّنة على سؤال ونسبتها المئوية؛ والوحدات التي إرسالاتها أقل من العتبة لا تحصل على عدد هذه الإجابة ولا على نسبتها المئوية، بل على الحالة «insufficient» فقط، حتى لا تضلل الأعداد الصغيرة ولا تكشف ما أجابت به بضع أسر. ويعطي STATISTIC بقيمة mean أو median مع سؤال رقمي متوسطه (الحقل value_mean) أو وسيطه (value_median) لكل وحدة، وفق القاعدة نفسها: الوحدات التي إجاباتها أقل من العتبة لا تحصل على قيمة بل على الحالة «insufficient».</translation>
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get no percentage but the status 'insufficient', so small numbers do not mislead.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Counts the survey points in each admin area (field submissions). Points are placed by their location, or by a P-code field when one is chosen (points without GPS are then counted too). Optionally counts the submissions giving one answer to a question and its share in percent; areas with fewer submissions than the threshold get no percentage but the status 'insufficient', so small numbers do not mislead. STATISTIC mean or median with a numeric question gives its mean (field value_mean) or median (value_median) per area, under the same rule: areas with fewer answers than the threshold get no value but the status 'insufficient'.</source>
      <translation type="vanished">يعدّ نقاط المسح في كل وحدة إدارية (الإرسالات الميدانية). تُوضع النقاط حسب موقعها، أو حسب حقل P-code إذا اختير (فتُعدّ النقاط بلا GPS أيضًا). ويعدّ اختياريًا الإرسالات التي تعطي إجابة معيّنة على سؤال ونسبتها المئوية؛ والوحدات التي إرسالاتها أقل من العتبة لا تحصل على نسبة مئوية بل على الحالة «insufficient»، حتى لا تضلل الأعداد الصغيرة. ويعطي STATISTIC بقيمة mean أو median مع سؤال رقمي متوسطه (الحقل value_mean) أو وسيطه (value_median) لكل وحدة، وفق القاعدة نفسها: الوحدات التي إجاباتها أقل من العتبة لا تحصل على قيمة بل على الحالة «insufficient».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="80" />
      <source>Counts: a question whose answers are counted by area too, e.g. water_source. Empty: only the number of submissions.</source>
      <translation>الأعداد: سؤال تُعدّ إجاباته أيضًا حسب الوحدة الإدارية، مثل water_source. فارغ: عدد الإرسالات فقط.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="77" />
      <source>Counts: the column of the survey that holds the P-code of each submission's area, e.g. admin2 (default).</source>
      <translation>الأعداد: عمود المسح الذي يحمل رمز P-code للوحدة الإدارية لكل إرسال، مثل admin2 (الافتراضي).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="135" />
      <source>Create the map</source>
      <translation>إنشاء الخريطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="108" />
      <source>Data and admin areas</source>
      <translation>البيانات والوحدات الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="77" />
      <source>Data cleaning</source>
      <translation>تنظيف البيانات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="76" />
      <source>Data collection</source>
      <translation>جمع البيانات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="104" />
      <source>Data collection ran from {first} to {last}.</source>
      <translation>جرى جمع البيانات من {first} إلى {last}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="81" />
      <source>Data protection</source>
      <translation>حماية البيانات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="34" />
      <source>Data protection: export for sharing</source>
      <translation>حماية البيانات: التصدير للمشاركة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="57" />
      <source>Data protection: export for sharing…</source>
      <translation>حماية البيانات: التصدير للمشاركة…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="193" />
      <source>Data protection…</source>
      <translation>حماية البيانات…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="86" />
      <source>Data sources</source>
      <translation>مصادر البيانات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="108" />
      <source>Data to share</source>
      <translation>البيانات المراد مشاركتها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="51" />
      <source>Database connection</source>
      <translation>الاتصال بقاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="61" />
      <source>Date of birth</source>
      <translation>تاريخ الميلاد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="227" />
      <source>Date: {date}</source>
      <translation>التاريخ: {date}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="236" />
      <source>Decide each row: change the value (type the new value), remove the submission, keep it as it is, or leave it to decide. Double-click a row to see the submission on the map. Field teams can edit an exported copy; import it back when they are done.</source>
      <translation>احسم كل صف: غيّر القيمة (اكتب القيمة الجديدة)، أو احذف الإرسال، أو أبقِه كما هو، أو اتركه للحسم لاحقًا. انقر نقرًا مزدوجًا على صف لرؤية الإرسال على الخريطة. يمكن للفرق الميدانية تعديل نسخة مُصدَّرة؛ استوردها مجددًا عندما ينتهون.</translation>
    </message>
    <message>
      <source>Decide each row: change_response (set new_value), remove_survey, no_action or pending. Double-click a row to see the submission on the map. Field teams can edit an exported copy; import it back when they are done.</source>
      <translation type="vanished">قرّر بشأن كل صف: change_response (املأ new_value)، أو remove_survey، أو no_action، أو pending. انقر نقرًا مزدوجًا لرؤية الإرسال على الخريطة. يمكن للفرق الميدانية تعديل نسخة مُصدَّرة ثم إعادة استيرادها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="42" />
      <source>Decided on</source>
      <translation>تاريخ القرار</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="39" />
      <source>Decision</source>
      <translation>القرار</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="95" />
      <source>Decisions refused (someone decided first)</source>
      <translation>القرارات المرفوضة (قرّر شخص آخر أولًا)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="98" />
      <source>Decisions refused (the log row is another one now)</source>
      <translation>القرارات المرفوضة (أصبح صف السجل صفًا آخر)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="94" />
      <source>Decisions saved</source>
      <translation>القرارات المحفوظة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="189" />
      <source>Delete everything done in {folder} and start again from the sample data?</source>
      <translation>هل تريد حذف كل ما أُنجز في {folder} والبدء من جديد بالبيانات التجريبية؟</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="436" />
      <source>Density of submissions</source>
      <translation>كثافة الإرسالات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Deployed</source>
      <translation>منشور</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="225" />
      <source>Detect personal data</source>
      <translation>كشف البيانات الشخصية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="62" />
      <source>Device or account ID</source>
      <translation>معرّف الجهاز أو الحساب</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="44" />
      <source>Device or resource busy</source>
      <translation>الجهاز أو المورد مشغول</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/displace.py" line="46" />
      <source>Displacement needs a minimum distance above 0 and a maximum distance above the minimum (got {min} m and {max} m).</source>
      <translation>تتطلب الإزاحة مسافة دنيا أكبر من 0 ومسافة قصوى أكبر من الدنيا (القيم المستلمة: {min} م و{max} م).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="440" />
      <source>Done</source>
      <translation>تم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="74" />
      <source>Done at</source>
      <translation>أُنجزت في</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="332" />
      <source>Done.</source>
      <translation>تم.</translation>
    </message>
    <message>
      <source>Done: {action} {columns}</source>
      <translation type="vanished">تم: {action} {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="46" />
      <source>Download</source>
      <translation>التنزيل</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="36" />
      <source>Download attachments (photos) beside the GeoPackage</source>
      <translation>تنزيل المرفقات (الصور) بجوار ملف GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="298" />
      <source>Download attachments (photos) into the folder {folder} beside the GeoPackage</source>
      <translation>تنزيل المرفقات (الصور) في المجلد {folder} بجوار ملف GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="195" />
      <source>Download cancelled: no GeoPackage was written.</source>
      <translation>أُلغي التنزيل: لم يُكتب أي ملف GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="193" />
      <source>Download cancelled: {file} was left as it was.</source>
      <translation>أُلغي التنزيل: بقي {file} كما كان.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="166" />
      <source>Download finished.</source>
      <translation>اكتمل التنزيل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/wizard.py" line="38" />
      <source>Download from KoboToolbox / ODK Central</source>
      <translation>التنزيل من KoboToolbox / ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="187" />
      <source>Download from a server…</source>
      <translation>التنزيل من خادم…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="16" />
      <source>Download survey from KoboToolbox</source>
      <translation>تنزيل مسح من KoboToolbox</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="23" />
      <source>Download survey from ODK Central</source>
      <translation>تنزيل مسح من ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="122" />
      <source>Downloading every submission of {form} into {file}…</source>
      <translation>جارٍ تنزيل جميع إرسالات {form} في {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="120" />
      <source>Downloading the new submissions of {form} into {file}…</source>
      <translation>جارٍ تنزيل الإرسالات الجديدة لـ {form} في {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="104" />
      <source>Downloading {form}</source>
      <translation>جارٍ تنزيل {form}</translation>
    </message>
    <message>
      <source>Downloads every submission of a deployed KoboToolbox form (API v2) into a survey GeoPackage: raw tables exactly as received, the typed 'survey' point layer and a log of each sync. The API token is read from the QGIS authentication configuration; it is never saved elsewhere. With 'Update', only submissions newer than the last sync are downloaded and appended. If the download fails, the previous GeoPackage is left untouched.</source>
      <translation type="vanished">ينزّل جميع إرسالات نموذج KoboToolbox منشور (API v2) في ملف GeoPackage للمسح: جداول خام كما وصلت تمامًا، وطبقة النقاط المُنمَّطة «survey»، وسجل لكل مزامنة. يُقرأ رمز الوصول إلى API من إعداد المصادقة في QGIS؛ ولا يُحفظ في أي مكان آخر. مع «تحديث»، تُنزَّل فقط الإرسالات الأحدث من آخر مزامنة وتُلحق. إذا فشل التنزيل، يبقى ملف GeoPackage السابق سليمًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="19" />
      <source>Downloads every submission of a deployed KoboToolbox form (API v2) into a survey GeoPackage: raw tables exactly as received, the typed 'survey' point layer and a log of each sync. The API token is read from the QGIS authentication configuration; it is never saved elsewhere. With 'Update', the submissions newer than the last sync are downloaded and appended, and the GeoPackage is compared with the server's list: older submissions it lacks are added too; submissions deleted, edited or reviewed again on the server are named in a warning but kept as first downloaded (to get the server's current version, download into a new GeoPackage). If the download fails, the previous GeoPackage is left untouched.</source>
      <translation>ينزّل جميع إرسالات نموذج KoboToolbox منشور (API v2) في ملف GeoPackage للمسح: جداول خام كما وصلت تمامًا، وطبقة النقاط المُنمَّطة «survey»، وسجل لكل مزامنة. يُقرأ رمز الوصول إلى API من إعداد المصادقة في QGIS؛ ولا يُحفظ في أي مكان آخر. مع «تحديث»، تُنزَّل الإرسالات الأحدث من آخر مزامنة وتُلحق، ويُقارَن ملف GeoPackage بقائمة الخادم: تُضاف أيضًا الإرسالات الأقدم التي تنقصه؛ أما الإرسالات المحذوفة أو المعدّلة أو التي رُوجعت من جديد على الخادم فتُذكر في تحذير لكنها تبقى كما نُزِّلت أول مرة (للحصول على النسخة الحالية من الخادم، نزّل في ملف GeoPackage جديد). إذا فشل التنزيل، يبقى ملف GeoPackage السابق سليمًا.</translation>
    </message>
    <message>
      <source>Downloads every submission of an ODK Central form (OData, repeats included) into a survey GeoPackage. The authentication configuration holds either your email and password (Basic) or an app-user token. Labels and choices are read from the form on the server; give the XLSForm as well to keep its constraints and required flags. With 'Update', only submissions newer than the last sync are downloaded and appended; a failed download leaves the previous GeoPackage untouched.</source>
      <translation type="vanished">ينزّل جميع إرسالات نموذج في ODK Central (OData، بما فيها التكرارات) في ملف GeoPackage للمسح. يحتوي إعداد المصادقة إما على بريدك الإلكتروني وكلمة المرور (Basic) أو على رمز وصول خاص بمستخدم التطبيق (app user). تُقرأ التسميات والخيارات من النموذج على الخادم؛ قدّم ملف XLSForm أيضًا للاحتفاظ بقيوده وأسئلته الإلزامية. مع «تحديث»، تُنزَّل فقط الإرسالات الأحدث من آخر مزامنة وتُلحق؛ وإذا فشل التنزيل يبقى ملف GeoPackage السابق سليمًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="26" />
      <source>Downloads every submission of an ODK Central form (OData, repeats included) into a survey GeoPackage. The authentication configuration holds either your email and password (Basic) or an app-user token. Labels and choices are read from the form on the server; give the XLSForm as well to keep its constraints and required flags. With 'Update', the submissions newer than the last sync are downloaded and appended, and the GeoPackage is compared with the server's list: older submissions it lacks are added too; submissions deleted, edited or reviewed again on the server are named in a warning but kept as first downloaded (to get the server's current version, download into a new GeoPackage). A failed download leaves the previous GeoPackage untouched.</source>
      <translation>ينزّل جميع إرسالات نموذج في ODK Central (OData، بما فيها التكرارات) في ملف GeoPackage للمسح. يحتوي إعداد المصادقة إما على بريدك الإلكتروني وكلمة المرور (Basic) أو على رمز وصول خاص بمستخدم التطبيق (app user). تُقرأ التسميات والخيارات من النموذج على الخادم؛ قدّم ملف XLSForm أيضًا للاحتفاظ بقيوده وأسئلته الإلزامية. مع «تحديث»، تُنزَّل الإرسالات الأحدث من آخر مزامنة وتُلحق، ويُقارَن ملف GeoPackage بقائمة الخادم: تُضاف أيضًا الإرسالات الأقدم التي تنقصه؛ أما الإرسالات المحذوفة أو المعدّلة أو التي رُوجعت من جديد على الخادم فتُذكر في تحذير لكنها تبقى كما نُزِّلت أول مرة (للحصول على النسخة الحالية من الخادم، نزّل في ملف GeoPackage جديد). وإذا فشل التنزيل، يبقى ملف GeoPackage السابق سليمًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="71" />
      <source>Downloads the tiles of an XYZ or WMS basemap over an area, at the chosen zoom levels, into one MBTiles file that QGIS and QField open without network (QGIS's own 'Generate XYZ tiles' algorithm draws them). The number of tiles, the size and the time are logged before it starts; above the maximum number of tiles nothing is downloaded. When no tile can be made (no network, a server error, only empty tiles), a vector background of the countries (and of the admin boundaries, when given) is written instead, as a GeoPackage beside the chosen file, and the log says so.</source>
      <translation>يقوم بتنزيل بلاطات خريطة أساس XYZ أو WMS لمنطقة ما، بمستويات التكبير المختارة، في ملف MBTiles واحد يفتحه QGIS وQField دون شبكة (ترسمها خوارزمية 'Generate XYZ tiles' الخاصة بـ QGIS). يُسجَّل عدد البلاطات والحجم والوقت قبل البدء؛ وفوق الحد الأقصى لعدد البلاطات لا يتم تنزيل أي شيء. عندما يتعذر إنشاء أي بلاطة (لا توجد شبكة، أو خطأ في الخادم، أو بلاطات فارغة فقط)، تُكتب بدلًا من ذلك خلفية متجهية للبلدان (وللحدود الإدارية إن حُدّدت)، كملف GeoPackage بجانب الملف المختار، ويذكر السجل ذلك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="33" />
      <source>Drop an existing schema of that name in the same transaction (it stays if the copy fails), when it holds the same survey (form id) and no decision this GeoPackage lacks; otherwise nothing is written. The members of its roles keep them and read the new survey.</source>
      <translation>حذف مخطط موجود بهذا الاسم في المعاملة نفسها (يبقى إن فشل النسخ)، عندما يحتوي على المسح نفسه (معرّف النموذج) ولا يحتوي على أي قرار غير موجود في ملف GeoPackage هذا؛ وإلا فلا يُكتب أي شيء. يحتفظ أعضاء أدواره بها ويقرؤون المسح الجديد.</translation>
    </message>
    <message>
      <source>Drop an existing schema of that name in the same transaction (it stays if the copy fails). Its decisions are lost: bring them back to a GeoPackage first.</source>
      <translation type="vanished">حذف مخطط موجود بهذا الاسم في المعاملة نفسها (يبقى إن فشل النسخ). تضيع قراراته: أعدها إلى GeoPackage أولًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="19" />
      <source>Duplicates</source>
      <translation>التكرارات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="56" />
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="31" />
      <source>Each area coloured by its number of submissions, in colour-blind-safe classes.</source>
      <translation>تُلوَّن كل وحدة حسب عدد إرسالاتها، بفئات مناسبة لمن لديهم عمى الألوان.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="44" />
      <source>Each area coloured by the mean or median answer to a numeric question (household size, income…); too few answers show 'insufficient data', not a misleading mean.</source>
      <translation>تُلوَّن كل وحدة حسب متوسط الإجابات على سؤال رقمي أو وسيطها (حجم الأسرة، الدخل…)؛ وعند قلة الإجابات تظهر «بيانات غير كافية» لا متوسط مضلل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="36" />
      <source>Each area coloured by the share of submissions giving one answer. Areas with too few submissions show 'insufficient data' instead of a misleading percentage.</source>
      <translation>تُلوَّن كل وحدة حسب نسبة الإرسالات التي أعطت إجابة معيّنة. تعرض الوحدات ذات الإرسالات القليلة جدًا «بيانات غير كافية» بدلًا من نسبة مئوية مضللة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="179" />
      <source>Each submission counts in the area…</source>
      <translation>يُحسب كل إرسال في الوحدة…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="277" />
      <source>Email</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="194" />
      <source>Email and password</source>
      <translation>البريد الإلكتروني وكلمة المرور</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="258" />
      <source>Encoding {encoding}; delimiter {delimiter}</source>
      <translation>الترميز {encoding}؛ الفاصل {delimiter}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="43" />
      <source>Equal intervals</source>
      <translation>فترات متساوية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="141" />
      <source>Every answer is the same as in submission {uuid}; remove_survey drops this one.</source>
      <translation>جميع الإجابات مطابقة لإجابات الإرسال {uuid}؛ يحذف remove_survey هذا الإرسال.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="20" />
      <source>Every area is in the output, with 0 where no submission falls.</source>
      <translation>تظهر كل وحدة إدارية في المخرجات، مع 0 حيث لا يقع أي إرسال.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="119" />
      <source>Every page keeps the classes of the whole country, so pages compare; the title names the area and its P-code.</source>
      <translation>تحتفظ كل صفحة بفئات البلد بأكمله لتكون الصفحات قابلة للمقارنة؛ ويذكر العنوان الوحدة ورمز P-code الخاص بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="177" />
      <source>Example value</source>
      <translation>قيمة مثال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="101" />
      <source>Example with the sample survey, in the language of the map. Your map shows your data and your texts.</source>
      <translation>مثال بمسح العيّنة، بلغة الخريطة. تعرض خريطتك بياناتك ونصوصك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="321" />
      <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
      <translation>مصنف Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="85" />
      <source>Exercises file {file} could not be read: {error}</source>
      <translation>تعذّرت قراءة ملف التمارين {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="89" />
      <source>Exercises file {file}, exercise "{id}"</source>
      <translation>ملف التمارين {file}، التمرين "{id}"</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="40" />
      <source>Explanation</source>
      <translation>الشرح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="77" />
      <source>Export</source>
      <translation>التصدير</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="35" />
      <source>Export a print-ready map (PDF)</source>
      <translation>تصدير خريطة جاهزة للطباعة (PDF)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="21" />
      <source>Export a review sheet of the shared cleaning log</source>
      <translation>تصدير ورقة مراجعة لسجل التنظيف المشترك</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="431" />
      <source>Export cancelled: nothing was written.</source>
      <translation>أُلغي التصدير: لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="423" />
      <source>Export finished.</source>
      <translation>اكتمل التصدير.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="36" />
      <source>Export for sharing</source>
      <translation>التصدير للمشاركة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_options.py" line="99" />
      <source>Export for sharing cancelled; nothing was written.</source>
      <translation>أُلغي التصدير للمشاركة؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="139" />
      <source>Export for sharing writes a GeoPackage (.gpkg) or a CSV (.csv), not {file}.</source>
      <translation>يكتب التصدير للمشاركة ملف GeoPackage (.gpkg) أو CSV (.csv)، وليس {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="390" />
      <source>Export for sharing: {file}</source>
      <translation>التصدير للمشاركة: {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="84" />
      <source>Export summary…</source>
      <translation>تصدير الملخص…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="319" />
      <source>Export the cleaning log</source>
      <translation>تصدير سجل التنظيف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="223" />
      <source>Export the session summary</source>
      <translation>تصدير ملخص الجلسة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="231" />
      <source>Exported cleaning log</source>
      <translation>سجل التنظيف المُصدَّر</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="362" />
      <source>Exporting {file}…</source>
      <translation>جارٍ تصدير {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="395" />
      <source>Exporting… QGIS stays usable meanwhile.</source>
      <translation>جارٍ التصدير… يبقى QGIS قابلًا للاستخدام في الأثناء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="134" />
      <source>Export…</source>
      <translation>تصدير…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="437" />
      <source>Few submissions</source>
      <translation>إرسالات قليلة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="142" />
      <source>Fewest people in a group</source>
      <translation>أقل عدد من الأشخاص في مجموعة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="103" />
      <source>Fewest submissions for a percentage</source>
      <translation>أدنى عدد من الإرسالات لحساب نسبة مئوية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="68" />
      <source>Field changes not merged (listed with the conflicts)</source>
      <translation>تغييرات العمل الحقلي غير المدمجة (مُدرجة مع التعارضات)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="111" />
      <source>Field laptops' time zone: {zone} (UTC{offset} today).</source>
      <translation>المنطقة الزمنية للحواسيب المحمولة الميدانية: {zone} (UTC{offset} اليوم).</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="122" />
      <source>Field package written: %n files, {size} MB, in {seconds} s: {zip}</source>
      <translation>
        <numerusform>كُتبت الحزمة الميدانية: %n ملف، {size} ميغابايت، في {seconds} ث: {zip}</numerusform>
        <numerusform>كُتبت الحزمة الميدانية: %n ملف واحد، {size} ميغابايت، في {seconds} ث: {zip}</numerusform>
        <numerusform>كُتبت الحزمة الميدانية: %n ملفان، {size} ميغابايت، في {seconds} ث: {zip}</numerusform>
        <numerusform>كُتبت الحزمة الميدانية: %n ملفات، {size} ميغابايت، في {seconds} ث: {zip}</numerusform>
        <numerusform>كُتبت الحزمة الميدانية: %n ملفًا، {size} ميغابايت، في {seconds} ث: {zip}</numerusform>
        <numerusform>كُتبت الحزمة الميدانية: %n ملف، {size} ميغابايت، في {seconds} ث: {zip}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="49" />
      <source>Field packages (*.zip *.ZIP manifest.json *.gpkg *.GPKG)</source>
      <translation>الحزم الميدانية (*.zip *.ZIP manifest.json *.gpkg *.GPKG)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="53" />
      <source>Fields that together identify one household or person, e.g. household_id, or village and respondent_name (typed in qgis_process as village,respondent_name): submissions with the same values are flagged. A name that is not a field of the layer is refused. Empty: only repeated _uuid and identical answers are flagged.</source>
      <translation>حقول تحدد معًا أسرة أو شخصًا واحدًا، مثل household_id، أو village وrespondent_name (وتُكتب في qgis_process هكذا: village,respondent_name): تُعلَّم الإرسالات ذات القيم نفسها. يُرفض الاسم الذي ليس حقلًا في الطبقة. فارغ: لا يُعلَّم إلا تكرار _uuid والإجابات المتطابقة.</translation>
    </message>
    <message>
      <source>Fields that together identify one household or person, e.g. household_id, or village and respondent_name: submissions with the same values are flagged. Empty: only repeated _uuid and identical answers are flagged.</source>
      <translation type="vanished">حقول تحدد معًا أسرة أو شخصًا واحدًا، مثل household_id، أو village وrespondent_name: تُعلَّم الإرسالات ذات القيم نفسها. فارغ: لا يُعلَّم إلا تكرار _uuid والإجابات المتطابقة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="107" />
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="41" />
      <source>File exists</source>
      <translation>الملف موجود</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="45" />
      <source>File name too long</source>
      <translation>اسم الملف طويل جدًا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="56" />
      <source>File names of the attachments skipped</source>
      <translation>أسماء ملفات المرفقات التي تم تخطيها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="89" />
      <source>Files in the package</source>
      <translation>الملفات في الحزمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="51" />
      <source>Find duplicates, GPS errors, outliers and short interviews; keep a cleaning log.</source>
      <translation>كشف التكرارات وأخطاء GPS والقيم الشاذة والمقابلات القصيرة جدًا؛ مع الاحتفاظ بسجل التنظيف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="169" />
      <source>First day of data collection (YYYY-MM-DD, optional)</source>
      <translation>أول يوم لجمع البيانات (YYYY-MM-DD، اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="255" />
      <source>Folder</source>
      <translation>المجلد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="65" />
      <source>Folder: {folder}</source>
      <translation>المجلد: {folder}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="121" />
      <source>For a share, a mean or a median: areas where fewer submissions than this answered are hatched and labelled 'insufficient data' instead of a misleading value; counts made with a higher threshold keep theirs. Default 5 submissions.</source>
      <translation>للنسبة أو المتوسط أو الوسيط: تُظلَّل بخطوط مائلة الوحدات الإدارية التي أجاب فيها عدد من الإرسالات أقل من هذا العدد وتحمل التسمية 'insufficient data' بدلًا من قيمة مضللة؛ وتحتفظ الأعداد المحسوبة بعتبة أعلى بعتبتها. الافتراضي 5 إرسالات.</translation>
    </message>
    <message>
      <source>For a share, a mean or a median: areas with fewer submissions than this are hatched and labelled 'insufficient data' instead of a misleading value. Default 5 submissions.</source>
      <translation type="vanished">للنسبة أو المتوسط أو الوسيط: تُظلَّل بخطوط مائلة الوحدات الإدارية التي لديها إرسالات أقل من هذا العدد وتحمل التسمية 'insufficient data' بدلًا من قيمة مضللة. الافتراضي 5 إرسالات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="30" />
      <source>For example https://tile.openstreetmap.org/{z}/{x}/{y}.png, or the source of a WMS or XYZ layer as shown in its properties. Respect the tile provider's terms of use.</source>
      <translation>مثلًا https://tile.openstreetmap.org/{z}/{x}/{y}.png، أو مصدر طبقة WMS أو XYZ كما يظهر في خصائصها. احترم شروط استخدام مزوّد البلاطات.</translation>
    </message>
    <message>
      <source>For runs without the QGIS window: where the key is, env:CARTONG_KEY (an environment variable) or file:/home/me/cartong_key.txt (a file holding 64 hexadecimal characters). Used when no authentication configuration is chosen.</source>
      <translation type="vanished">للتشغيل من دون نافذة QGIS: مكان المفتاح، env:CARTONG_KEY (متغير بيئة) أو file:/home/me/cartong_key.txt (ملف يحتوي على 64 حرفًا ست عشريًا). يُستخدم عندما لا يُختار أي إعداد مصادقة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="53" />
      <source>For runs without the QGIS window: where the key is, env:CARTONG_KEY (an environment variable) or file:/home/me/cartong_key.txt (a file holding 64 hexadecimal characters). Used when no authentication configuration is chosen. Without it such a run cannot open your default key, so the columns pseudonymised by default are removed instead.</source>
      <translation>للتشغيل من دون نافذة QGIS: مكان المفتاح، env:CARTONG_KEY (متغير بيئة) أو file:/home/me/cartong_key.txt (ملف يحتوي على 64 حرفًا ست عشريًا). يُستخدم عندما لا يُختار أي إعداد مصادقة. ومن دون ذلك لا يستطيع هذا التشغيل فتح مفتاحك الافتراضي، لذا تُحذف بدلًا من ذلك الأعمدة التي يُطبَّق عليها الترميز المستعار افتراضيًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Form ID</source>
      <translation>معرّف النموذج</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="43" />
      <source>Form ID (asset uid)</source>
      <translation>معرّف النموذج (asset uid)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="50" />
      <source>Form ID (xmlFormId)</source>
      <translation>معرّف النموذج (xmlFormId)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="91" />
      <source>Form languages: {languages}.</source>
      <translation>لغات النموذج: {languages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="60" />
      <source>Form {uid}: {added} new submissions arrived during the download; they are included.</source>
      <translation>النموذج {uid}: وصلت {added} إرسالات جديدة أثناء التنزيل؛ وهي مُضمَّنة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="74" />
      <source>Form {uid}: {deleted} submissions were deleted on the server during the download.</source>
      <translation>النموذج {uid}: حُذفت {deleted} إرسالات على الخادم أثناء التنزيل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="272" />
      <source>Form: {name} ({count} submissions on the server)</source>
      <translation>النموذج: {name} ({count} إرسال على الخادم)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="106" />
      <source>Format</source>
      <translation>الصيغة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="63" />
      <source>Free text</source>
      <translation>نص حر</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="144" />
      <source>From collected data to a print-ready map, one step at a time.</source>
      <translation>من البيانات المجمّعة إلى خريطة جاهزة للطباعة، خطوة بخطوة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="203" />
      <source>From zoom level (whole country)</source>
      <translation>من مستوى التكبير (البلد كله)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="56" />
      <source>GPS check not run: the layer has no {latitude}/{longitude} columns, no geopoint answer and no point geometry. Run the checks on the survey layer that holds the GPS points.</source>
      <translation>لم يُجرَ فحص GPS: ليس في الطبقة عمودا {latitude}/{longitude} ولا إجابة geopoint ولا شكل هندسي نقطي. شغّل الفحوص على طبقة المسح التي تحتوي على نقاط GPS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="46" />
      <source>GPS line</source>
      <translation>خط GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="58" />
      <source>GPS location</source>
      <translation>موقع GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="45" />
      <source>GPS point</source>
      <translation>نقطة GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="88" />
      <source>GPS point at (0, 0)</source>
      <translation>نقطة GPS عند (0, 0)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="218" />
      <source>GPS point in another admin area</source>
      <translation>نقطة GPS في وحدة إدارية أخرى</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="78" />
      <source>GPS point missing</source>
      <translation>نقطة GPS مفقودة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="272" />
      <source>GPS point moved: coordinates out of date</source>
      <translation>نقطة GPS منقولة: إحداثيات قديمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="132" />
      <source>GPS point outside the area of interest</source>
      <translation>نقطة GPS خارج منطقة الاهتمام</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="22" />
      <source>GPS points</source>
      <translation>نقاط GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="79" />
      <source>GPS points whose precision (the accuracy radius the phone recorded, e.g. _location_precision) is worse than this many metres are flagged. Default 50 m; 20 m in a dense camp.</source>
      <translation>تُعلَّم نقاط GPS التي تكون دقتها (نصف قطر الدقة الذي سجله الهاتف، مثل _location_precision) أسوأ من هذا العدد من الأمتار. الافتراضي 50 م؛ و20 م في مخيم مكتظ.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="47" />
      <source>GPS polygon</source>
      <translation>مضلع GPS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="236" />
      <source>GeoPackage</source>
      <translation>‏GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="73" />
      <source>GeoPackage (*.gpkg *.GPKG)</source>
      <translation>‏GeoPackage (*.gpkg *.GPKG)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="234" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>‏GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="156" />
      <source>GeoPackage (*.gpkg);;CSV (*.csv)</source>
      <translation>‏GeoPackage (*.gpkg);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="208" />
      <source>GeoPackage for the cleaning log (empty: the survey's GeoPackage)</source>
      <translation>ملف GeoPackage لسجل التنظيف (فارغ: ملف GeoPackage الخاص بالمسح)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="274" />
      <source>GeoPackage: {file}</source>
      <translation>‏GeoPackage: {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="127" />
      <source>Grant the roles to people: GRANT {reviewer} TO a_reviewer; GRANT {viewer} TO a_reader;</source>
      <translation>امنح الأدوار للأشخاص: GRANT {reviewer} TO a_reviewer; GRANT {viewer} TO a_reader;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="149" />
      <source>Grid cell size (m)</source>
      <translation>حجم خلية الشبكة (م)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="225" />
      <source>HTML (*.html);;Markdown (*.md)</source>
      <translation>‏HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="61" />
      <source>Heatmap of the submissions</source>
      <translation>خريطة حرارية للإرسالات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="199" />
      <source>Help</source>
      <translation>مساعدة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="328" />
      <source>Help catalogue {file} could not be read ({error}).</source>
      <translation>تعذّرت قراءة دليل المساعدة {file} ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="333" />
      <source>Help catalogue {file} is not valid JSON: line {line}, column {column}: {error}. The bundled catalogue is used meanwhile.</source>
      <translation>دليل المساعدة {file} ليس JSON صالحًا: السطر {line}، العمود {column}: {error}. يُستخدم الدليل المرفق بالإضافة في الأثناء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="325" />
      <source>Help catalogue {file} was not found; check the path in the CartONG settings.</source>
      <translation>لم يُعثر على دليل المساعدة {file}؛ تحقّق من المسار في إعدادات CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="302" />
      <source>Help catalogue {file}, entry {n}</source>
      <translation>دليل المساعدة {file}، الإدخال {n}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="340" />
      <source>Help catalogue {file}: "format" must be "{expected}".</source>
      <translation>دليل المساعدة {file}: يجب أن تكون قيمة "format" هي "{expected}".</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="298" />
      <source>Help catalogue {file}: expected {{"resources": [ … ]}} at the top of the file.</source>
      <translation>دليل المساعدة {file}: كان متوقعًا وجود {{"resources": [ … ]}} في بداية الملف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="21" />
      <source>High</source>
      <translation>مرتفع</translation>
    </message>
    <message>
      <source>Household locations are personal data: share a map showing them only if that was decided.</source>
      <translation type="vanished">مواقع الأسر بيانات شخصية: لا تشارك خريطة تُظهرها إلا إذا تقرر ذلك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="59" />
      <source>How exact locations are protected: 0 move points at random between the smallest and largest displacement (default), 1 snap them to a grid, 2 counts by admin area with small counts hidden, 3 remove locations, 4 keep them (only for a team allowed to see where households live).</source>
      <translation>طريقة حماية المواقع الدقيقة: 0 تحريك النقاط عشوائيًا بين أصغر إزاحة وأكبرها (الافتراضي)، 1 محاذاتها إلى شبكة، 2 أعداد حسب الوحدة الإدارية مع إخفاء الأعداد الصغيرة، 3 حذف المواقع، 4 الإبقاء عليها (فقط لفريق مسموح له بمعرفة أماكن سكن الأسر).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="262" />
      <source>How far from the usual answers a number is flagged</source>
      <translation>مدى بُعد الرقم عن الإجابات المعتادة كي يُعلَّم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="110" />
      <source>How the class limits are chosen: quantile (the same number of areas in each class, default), jenks (natural breaks), equal (intervals of equal width) or pretty (round numbers). Not used when class limits are given.</source>
      <translation>طريقة اختيار حدود الفئات: quantile (العدد نفسه من الوحدات الإدارية في كل فئة، الافتراضي)، أو jenks (الفواصل الطبيعية)، أو equal (فترات متساوية العرض)، أو pretty (أرقام مقرَّبة). لا تُستخدم عند تحديد حدود الفئات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="264" />
      <source>How unusual a number must be to be flagged</source>
      <translation>مدى شذوذ الرقم المطلوب كي يُعلَّم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="53" />
      <source>Humanitarian server (kobo.humanitarianresponse.info)</source>
      <translation>الخادم الإنساني (kobo.humanitarianresponse.info)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="55" />
      <source>ID number</source>
      <translation>رقم هوية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="77" />
      <source>Images (*.png *.jpg *.jpeg *.svg)</source>
      <translation>الصور (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="100" />
      <source>Import</source>
      <translation>الاستيراد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="328" />
      <source>Import an edited cleaning log</source>
      <translation>استيراد سجل تنظيف معدَّل</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/import_report.py" line="55" />
      <source>Import cancelled: nothing was written.</source>
      <translation>أُلغي الاستيراد: لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="137" />
      <source>Import edited log…</source>
      <translation>استيراد سجل معدَّل…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="168" />
      <source>Import finished.</source>
      <translation>اكتمل الاستيراد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/wizard.py" line="24" />
      <source>Import survey data</source>
      <translation>استيراد بيانات المسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="32" />
      <source>Import survey data (KoboToolbox, ODK, ONA)</source>
      <translation>استيراد بيانات المسح (KoboToolbox، ODK، ONA)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="43" />
      <source>Importing {file}</source>
      <translation>جارٍ استيراد {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="144" />
      <source>Importing… QGIS stays usable meanwhile.</source>
      <translation>جارٍ الاستيراد… يبقى QGIS قابلًا للاستخدام في الأثناء.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="45" />
      <source>In %n submissions the location text and its latitude/longitude columns were kept in agreement with the log's changes.</source>
      <translation>
        <numerusform>في %n من الإرسالات، حوفظ على توافق نص الموقع مع عمودي خط العرض/خط الطول بعد تعديلات السجل.</numerusform>
        <numerusform>في إرسال واحد (%n)، حوفظ على توافق نص الموقع مع عمودي خط العرض/خط الطول بعد تعديل السجل.</numerusform>
        <numerusform>في %n من الإرسالات، حوفظ على توافق نص الموقع مع عمودي خط العرض/خط الطول بعد تعديلات السجل.</numerusform>
        <numerusform>في %n من الإرسالات، حوفظ على توافق نص الموقع مع عمودي خط العرض/خط الطول بعد تعديلات السجل.</numerusform>
        <numerusform>في %n من الإرسالات، حوفظ على توافق نص الموقع مع عمودي خط العرض/خط الطول بعد تعديلات السجل.</numerusform>
        <numerusform>في %n من الإرسالات، حوفظ على توافق نص الموقع مع عمودي خط العرض/خط الطول بعد تعديلات السجل.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="55" />
      <source>In %n submissions the log changes both the location text and its latitude/longitude columns, and they disagree (first: feature {fid}); the points follow the latitude/longitude.</source>
      <translation>
        <numerusform>في %n من الإرسالات، يعدّل السجل نص الموقع وعمودي خط العرض/خط الطول معًا، وهما غير متوافقين (أولها: العنصر {fid})؛ النقاط تتبع خط العرض/خط الطول.</numerusform>
        <numerusform>في إرسال واحد (%n)، يعدّل السجل نص الموقع وعمودي خط العرض/خط الطول معًا، وهما غير متوافقين (أولها: العنصر {fid})؛ النقطة تتبع خط العرض/خط الطول.</numerusform>
        <numerusform>في %n من الإرسالات، يعدّل السجل نص الموقع وعمودي خط العرض/خط الطول معًا، وهما غير متوافقين (أولها: العنصر {fid})؛ النقاط تتبع خط العرض/خط الطول.</numerusform>
        <numerusform>في %n من الإرسالات، يعدّل السجل نص الموقع وعمودي خط العرض/خط الطول معًا، وهما غير متوافقين (أولها: العنصر {fid})؛ النقاط تتبع خط العرض/خط الطول.</numerusform>
        <numerusform>في %n من الإرسالات، يعدّل السجل نص الموقع وعمودي خط العرض/خط الطول معًا، وهما غير متوافقين (أولها: العنصر {fid})؛ النقاط تتبع خط العرض/خط الطول.</numerusform>
        <numerusform>في %n من الإرسالات، يعدّل السجل نص الموقع وعمودي خط العرض/خط الطول معًا، وهما غير متوافقين (أولها: العنصر {fid})؛ النقاط تتبع خط العرض/خط الطول.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="279" />
      <source>In KoboToolbox: Account settings &gt; Security &gt; API key.</source>
      <translation>في KoboToolbox: إعدادات الحساب &gt; الأمان &gt; مفتاح API.</translation>
    </message>
    <message>
      <source>In ODK Central: Project &gt; App Users; the token is the last part of the app user's link.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="284" />
      <source>In ODK Central: Project &gt; App Users; the token is the last part of the app user's link. App users can send submissions but not read them: to download data, use a web account with the Project Viewer role.</source>
      <translation>في ODK Central: المشروع &gt; مستخدمو التطبيق؛ رمز الوصول هو الجزء الأخير من رابط مستخدم التطبيق. يمكن لمستخدمي التطبيق إرسال الإرسالات لكن لا يمكنهم قراءتها: لتنزيل البيانات، استخدم حساب ويب لديه دور مُطّلع على المشروع (Project Viewer).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="122" />
      <source>In the field</source>
      <translation>في الميدان</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="119" />
      <source>Include the personal data (names, phones, GPS coordinates, photos)</source>
      <translation>تضمين البيانات الشخصية (الأسماء، الهواتف، إحداثيات GPS، الصور)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="81" />
      <source>Include the personal data at high risk and the raw tables (encrypted laptop only)</source>
      <translation>تضمين البيانات الشخصية عالية الخطورة والجداول الخام (لحاسوب محمول مشفّر فقط)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="172" />
      <source>Insufficient data</source>
      <translation>بيانات غير كافية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="435" />
      <source>Insufficient data (fewer than {n} submissions answering)</source>
      <translation>بيانات غير كافية (أقل من {n} إرسالات تجيب عن السؤال)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="436" />
      <source>Insufficient data (fewer than {n} submissions)</source>
      <translation>بيانات غير كافية (أقل من {n} إرسالات)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="23" />
      <source>Interview durations and dates</source>
      <translation>مدد المقابلات وتواريخها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="68" />
      <source>Interviews longer than this, in minutes, are flagged (default 120): often a form left open and finished later.</source>
      <translation>تُعلَّم المقابلات الأطول من هذه المدة بالدقائق (الافتراضي 120): غالبًا نموذج تُرك مفتوحًا واكتمل لاحقًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="64" />
      <source>Interviews shorter than this, in minutes, are flagged (default 10; refusals are not). Take the shortest real interview of the pilot.</source>
      <translation>تُعلَّم المقابلات الأقصر من هذه المدة بالدقائق (الافتراضي 10؛ لا تُعلَّم حالات الرفض). خذ أقصر مقابلة حقيقية في المرحلة التجريبية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="42" />
      <source>Is a directory</source>
      <translation>هذا مجلد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="37" />
      <source>Issue</source>
      <translation>المشكلة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="93" />
      <source>It is not in the shared database: {reason}</source>
      <translation>ليس في قاعدة البيانات المشتركة: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="438" />
      <source>It was tried {attempts} times over {seconds} seconds in all.</source>
      <translation>جرت المحاولة {attempts} مرات خلال {seconds} ثانية إجمالًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="311" />
      <source>JSON text</source>
      <translation>نص JSON</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="48" />
      <source>Keep</source>
      <translation>الإبقاء</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="87" />
      <source>Keep although flagged: {columns}</source>
      <translation>الإبقاء رغم التعليم: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="56" />
      <source>Keep as it is</source>
      <translation>الإبقاء كما هو</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="115" />
      <source>Keep each moved point inside its admin area</source>
      <translation>إبقاء كل نقطة مُزاحة داخل وحدتها الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="104" />
      <source>Keep each moved point inside its admin area ({layer}).</source>
      <translation>إبقاء كل نقطة مُزاحة داخل وحدتها الإدارية ({layer}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="124" />
      <source>Keep exact locations (not recommended)</source>
      <translation>الإبقاء على المواقع الدقيقة (غير مستحسن)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="109" />
      <source>Keep the counts per area in the survey's GeoPackage</source>
      <translation>الاحتفاظ بالأعداد لكل وحدة في ملف GeoPackage الخاص بالمسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="203" />
      <source>Keep the decisions of the existing cleaning log</source>
      <translation>الاحتفاظ بقرارات سجل التنظيف الموجود</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="72" />
      <source>Keep the exact locations (not recommended)</source>
      <translation>الإبقاء على المواقع الدقيقة (غير مستحسن)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="99" />
      <source>Keep the exact locations (not recommended).</source>
      <translation>الإبقاء على المواقع الدقيقة (غير مستحسن).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="140" />
      <source>Key fields that identify a household (optional)</source>
      <translation>الحقول الرئيسية التي تحدد الأسرة (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="173" />
      <source>Key file</source>
      <translation>ملف المفتاح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="172" />
      <source>Key files (*.key *.txt);;All files (*)</source>
      <translation>ملفات المفاتيح (*.key *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="245" />
      <source>Key questions for duplicates</source>
      <translation>الأسئلة الرئيسية لكشف التكرار</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="91" />
      <source>Kind of basemap (mbtiles or vector)</source>
      <translation>نوع خريطة الأساس (mbtiles أو vector)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="96" />
      <source>Kind of basemap written (mbtiles or vector)</source>
      <translation>نوع خريطة الأساس المكتوبة (mbtiles أو vector)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="74" />
      <source>Kind of map</source>
      <translation>نوع الخريطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="77" />
      <source>KoboToolbox</source>
      <translation>‏KoboToolbox</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="52" />
      <source>KoboToolbox European Union server (eu.kobotoolbox.org)</source>
      <translation>خادم KoboToolbox للاتحاد الأوروبي (eu.kobotoolbox.org)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="51" />
      <source>KoboToolbox global server (kf.kobotoolbox.org)</source>
      <translation>خادم KoboToolbox العالمي (kf.kobotoolbox.org)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="91" />
      <source>KoboToolbox's CSV export never includes repeat groups: import its XLSX export (one sheet per repeat group) or download the data from the server instead.</source>
      <translation>لا يتضمن تصدير CSV من KoboToolbox مجموعات التكرار أبدًا: استورد بدلًا منه تصدير XLSX (ورقة لكل مجموعة تكرار) أو نزّل البيانات من الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="290" />
      <source>Label language</source>
      <translation>لغة التسميات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="23" />
      <source>Label language (e.g. English (en), fr; empty: the form's default)</source>
      <translation>لغة التسميات (مثل English (en)، fr؛ فارغ: اللغة الافتراضية للنموذج)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="283" />
      <source>Labels: {language}.</source>
      <translation>التسميات: {language}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="52" />
      <source>Landscape</source>
      <translation>أفقي</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="83" />
      <source>Language of the map</source>
      <translation>لغة الخريطة</translation>
    </message>
    <message>
      <source>Language of the map texts: en (English) or fr (French)</source>
      <translation type="vanished">لغة نصوص الخريطة: en (الإنجليزية) أو fr (الفرنسية)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="92" />
      <source>Language of the map texts: en (English), fr (French), es (Spanish), pt (Portuguese) or ar (Arabic, laid out right to left)</source>
      <translation>لغة نصوص الخريطة: en (الإنجليزية) أو fr (الفرنسية) أو es (الإسبانية) أو pt (البرتغالية) أو ar (العربية، بتخطيط من اليمين إلى اليسار)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="112" />
      <source>Language of the offline help</source>
      <translation>لغة المساعدة غير المتصلة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="67" />
      <source>Language of the offline help (en, fr…; empty: QGIS's)</source>
      <translation>لغة المساعدة غير المتصلة (en، fr…؛ فارغ: لغة QGIS)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="141" />
      <source>Largest displacement (m)</source>
      <translation>أقصى إزاحة (م)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="174" />
      <source>Last day of data collection (YYYY-MM-DD, optional)</source>
      <translation>آخر يوم لجمع البيانات (YYYY-MM-DD، اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Last submission</source>
      <translation>آخر إرسال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="90" />
      <source>Latitude and longitude are both 0: the GPS had no fix.</source>
      <translation>خط العرض وخط الطول كلاهما 0: لم يكن لجهاز GPS تحديد للموقع.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="115" />
      <source>Latitude and longitude seem swapped: swapped, the point falls in the area of interest.</source>
      <translation>يبدو أن خط العرض وخط الطول معكوسان: عند تبديلهما تقع النقطة داخل منطقة الاهتمام.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="50" />
      <source>Latitude {value} is outside -90..90.</source>
      <translation>خط العرض {value} خارج النطاق -90..90.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="118" />
      <source>Layer</source>
      <translation>الطبقة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="279" />
      <source>Layers in the project: {layers}.</source>
      <translation>الطبقات في المشروع: {layers}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="36" />
      <source>Layout and texts</source>
      <translation>التخطيط والنصوص</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="74" />
      <source>Learn</source>
      <translation>تعلّم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="328" />
      <source>Learn more: {link}</source>
      <translation>لمعرفة المزيد: {link}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="232" />
      <source>Learn more: {title}, {url}</source>
      <translation>لمعرفة المزيد: {title}، {url}</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="109" />
      <source>Left out of the package to protect personal data: %n columns at high risk ({columns}).</source>
      <translation>
        <numerusform>استُبعد من الحزمة لحماية البيانات الشخصية: %n عمود عالي الخطورة ({columns}).</numerusform>
        <numerusform>استُبعد من الحزمة لحماية البيانات الشخصية: عمود واحد (%n) عالي الخطورة ({columns}).</numerusform>
        <numerusform>استُبعد من الحزمة لحماية البيانات الشخصية: عمودان (%n) عاليا الخطورة ({columns}).</numerusform>
        <numerusform>استُبعدت من الحزمة لحماية البيانات الشخصية: %n أعمدة عالية الخطورة ({columns}).</numerusform>
        <numerusform>استُبعد من الحزمة لحماية البيانات الشخصية: %n عمودًا عالي الخطورة ({columns}).</numerusform>
        <numerusform>استُبعد من الحزمة لحماية البيانات الشخصية: %n عمود عالي الخطورة ({columns}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="117" />
      <source>Left out too: the tables {tables}, which the field work and the merge do not need.</source>
      <translation>استُبعدت أيضًا: الجداول {tables}، التي لا يحتاج إليها العمل الميداني ولا الدمج.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="294" />
      <source>Legend</source>
      <translation>مفتاح الخريطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="88" />
      <source>Legend title</source>
      <translation>عنوان مفتاح الخريطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="47" />
      <source>Limits of my own</source>
      <translation>حدود من اختياري</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="96" />
      <source>Links and attachment names removed from {rows} values.</source>
      <translation>أُزيلت الروابط وأسماء المرفقات من {rows} قيمة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="122" />
      <source>Links and small groups</source>
      <translation>الروابط والمجموعات الصغيرة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="111" />
      <source>Listing cancelled.</source>
      <translation>أُلغي جلب القائمة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="109" />
      <source>Listing the forms of {url}</source>
      <translation>قائمة نماذج {url}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="112" />
      <source>Listing the forms of {url}…</source>
      <translation>جارٍ جلب قائمة نماذج {url}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="30" />
      <source>Lists the columns of a survey layer that likely hold personal data (names, phone numbers, ID numbers, precise GPS locations, free text, photos and attachment links), with a risk level (high, medium, low), the reason and a suggested protection. Columns are found by their XLSForm type (when the form is given), by words of their names and labels in English, French, Spanish, Portuguese and Arabic (an editable keyword list) and by the pattern of their values (phone numbers in any digits). Read the list before sharing: it helps, it does not guarantee.</source>
      <translation>يسرد أعمدة طبقة المسح التي يُرجَّح أنها تحتوي على بيانات شخصية (الأسماء، أرقام الهواتف، أرقام الهوية، مواقع GPS الدقيقة، النص الحر، الصور وروابط المرفقات)، مع مستوى الخطورة (مرتفع، متوسط، منخفض)، والسبب، وحماية مقترحة. تُكتشف الأعمدة من نوعها في XLSForm (عند تقديم النموذج)، ومن كلمات أسمائها وتسمياتها بالإنجليزية والفرنسية والإسبانية والبرتغالية والعربية (قائمة كلمات مفتاحية قابلة للتعديل)، ومن شكل قيمها (أرقام الهواتف بأي نظام للأرقام). اقرأ القائمة قبل المشاركة: فهي تساعد ولا تضمن شيئًا.</translation>
    </message>
    <message>
      <source>Lists the columns of a survey layer that likely hold personal data (names, phone numbers, ID numbers, precise GPS locations, free text, photos and attachment links), with a risk level (high, medium, low), the reason and a suggested protection. Columns are found by their XLSForm type (when the form is given), by words of their names in English and French (an editable keyword list) and by the pattern of their values. Read the list before sharing: it helps, it does not guarantee.</source>
      <translation type="vanished">يسرد أعمدة طبقة المسح التي يُرجَّح أنها تحتوي على بيانات شخصية (الأسماء، أرقام الهواتف، أرقام الهوية، مواقع GPS الدقيقة، النص الحر، الصور وروابط المرفقات)، مع مستوى الخطورة (مرتفع، متوسط، منخفض)، والسبب، وحماية مقترحة. تُكتشف الأعمدة من نوعها في XLSForm (عند تقديم النموذج)، ومن كلمات أسمائها بالإنجليزية والفرنسية (قائمة كلمات مفتاحية قابلة للتعديل)، ومن شكل قيمها. اقرأ القائمة قبل المشاركة: فهي تساعد ولا تضمن شيئًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="165" />
      <source>Load my boundaries…</source>
      <translation>تحميل حدودي…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="160" />
      <source>Load the sample's boundaries</source>
      <translation>تحميل حدود المثال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="291" />
      <source>Location column</source>
      <translation>عمود الموقع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="89" />
      <source>Location: {location}.</source>
      <translation>الموقع: {location}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="60" />
      <source>Locations</source>
      <translation>المواقع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="55" />
      <source>Locations and small groups</source>
      <translation>المواقع والمجموعات الصغيرة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="117" />
      <source>Locations removed: the file holds no points.</source>
      <translation>أُزيلت المواقع: لا يحتوي الملف على أي نقاط.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="115" />
      <source>Log in with</source>
      <translation>تسجيل الدخول باستخدام</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="39" />
      <source>Log rows</source>
      <translation>صفوف السجل</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="65" />
      <source>Log rows kept as they are</source>
      <translation>صفوف السجل التي بقيت كما هي</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="64" />
      <source>Log rows still pending</source>
      <translation>صفوف السجل التي لا تزال معلّقة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="93" />
      <source>Login</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="89" />
      <source>Logo (optional)</source>
      <translation>الشعار (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="87" />
      <source>Longer than {limit} minutes.</source>
      <translation>أكثر من {limit} دقيقة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="267" />
      <source>Longest plausible interview</source>
      <translation>أطول مدة معقولة للمقابلة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="164" />
      <source>Longest plausible interview (minutes)</source>
      <translation>أطول مدة معقولة للمقابلة (بالدقائق)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="52" />
      <source>Longitude {value} is outside -180..180.</source>
      <translation>خط الطول {value} خارج النطاق -180..180.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="21" />
      <source>Low</source>
      <translation>منخفض</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="69" />
      <source>Lower case letters, digits and _. Empty: made from the survey's name.</source>
      <translation>أحرف لاتينية صغيرة وأرقام و _. فارغ: يؤخذ من اسم المسح.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="94" />
      <source>MBTiles (*.mbtiles *.MBTILES)</source>
      <translation>‏MBTiles (*.mbtiles *.MBTILES)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/wizard.py" line="37" />
      <source>Make a map</source>
      <translation>إنشاء خريطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="68" />
      <source>Make an offline basemap (MBTiles)</source>
      <translation>إنشاء خريطة أساس غير متصلة (MBTiles)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="328" />
      <source>Make it again when the source answers, before going to the field.</source>
      <translation>أعد إنشاء خريطة الأساس حين يستجيب المصدر، قبل التوجه إلى الميدان.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="88" />
      <source>Manifest</source>
      <translation>البيان</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="139" />
      <source>Manual classes need their limits, e.g. 10, 20, 50.</source>
      <translation>تحتاج الفئات اليدوية إلى حدودها، مثل 10، 20، 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="122" />
      <source>Many areas share the same few values: quantile classes holding a single value ({values}) were merged, so the map has fewer classes than asked.</source>
      <translation>تشترك وحدات إدارية كثيرة في القيم القليلة نفسها: دُمجت فئات الكميات (quantile) التي تحتوي على قيمة واحدة ({values})، لذا تضم الخريطة فئات أقل مما طُلب.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="437" />
      <source>Many submissions</source>
      <translation>إرسالات كثيرة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="440" />
      <source>Map</source>
      <translation>الخريطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="87" />
      <source>Map author</source>
      <translation>معدّ الخريطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="197" />
      <source>Map file</source>
      <translation>ملف الخريطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="246" />
      <source>Map reference: {reference}</source>
      <translation>مرجع الخريطة: {reference}</translation>
    </message>
    <message>
      <source>Map type: choropleth (areas in colour classes) or circles (proportional symbols)</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="107" />
      <source>Map type: choropleth (areas in colour classes), circles (proportional symbols) or heatmap (density of the survey points, admin areas as outlines)</source>
      <translation>نوع الخريطة: choropleth (وحدات بفئات لونية)، أو circles (رموز متناسبة)، أو heatmap (كثافة نقاط المسح، مع الوحدات الإدارية كحدود خارجية)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="404" />
      <source>Map written to {file}.</source>
      <translation>كُتبت الخريطة في {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="395" />
      <source>Map written to {file}. The layout “{layout}” is in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation>كُتبت الخريطة في {file}. التخطيط «{layout}» موجود في المشروع (المشروع &gt; التخطيطات) للتعديل اليدوي.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="229" />
      <source>Map: {author}</source>
      <translation>إعداد الخريطة: {author}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="120" />
      <source>Maps</source>
      <translation>الخرائط</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="38" />
      <source>Maps a count (or a share) per admin area in colour-blind-safe classes, with the survey points on top, in a print layout with title, legend, scale bar, north arrow, overview map, sources, date, disclaimer and coordinate system, and exports it at 300 dpi. Class limits can be given by hand (BREAKS, e.g. 10, 20, 50). A heatmap shows where the survey points concentrate instead. The file type follows the extension: .pdf (vector), .png or .svg. Texts follow the chosen language.</source>
      <translation>يعرض على الخريطة عددًا (أو نسبة) لكل وحدة إدارية بفئات مناسبة لمن لديهم عمى الألوان، مع نقاط المسح فوقها، في تخطيط طباعة يتضمن العنوان ومفتاح الخريطة وشريط المقياس وسهم الشمال وخريطة موقع والمصادر والتاريخ وإخلاء المسؤولية ونظام الإحداثيات، ويصدّره بدقة 300 نقطة/بوصة. يمكن كتابة حدود الفئات يدويًا (BREAKS، مثل 10، 20، 50). أما الخريطة الحرارية فتُظهر بدلًا من ذلك أماكن تركّز نقاط المسح. يتبع نوع الملف الامتداد: .pdf (متجهي) أو .png أو .svg. وتتبع النصوص اللغة المختارة.</translation>
    </message>
    <message>
      <source>Maps a count (or a share) per admin area in colour-blind-safe classes, with the survey points on top, in a print layout with title, legend, scale bar, north arrow, overview map, sources, date, disclaimer and coordinate system, and exports it at 300 dpi. The file type follows the extension: .pdf (vector), .png or .svg. Texts follow the chosen language.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="48" />
      <source>Maximum number of tiles (0: no limit)</source>
      <translation>الحد الأقصى لعدد البلاطات (0: بلا حد)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="43" />
      <source>Maximum zoom</source>
      <translation>مستوى التكبير الأقصى</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="210" />
      <source>Mean</source>
      <translation>المتوسط</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="189" />
      <source>Mean of “{question}”</source>
      <translation>متوسط «{question}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="50" />
      <source>Mean of “{question}” per admin area</source>
      <translation>متوسط «{question}» حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="52" />
      <source>Mean per admin area</source>
      <translation>المتوسط حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="93" />
      <source>Mean per area</source>
      <translation>المتوسط حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="363" />
      <source>Means from</source>
      <translation>المتوسطات ابتداءً من</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="211" />
      <source>Median (less swayed by a few extreme answers)</source>
      <translation>الوسيط (أقل تأثرًا ببعض الإجابات المتطرفة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="187" />
      <source>Median of “{question}”</source>
      <translation>وسيط «{question}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="56" />
      <source>Median of “{question}” per admin area</source>
      <translation>وسيط «{question}» حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="58" />
      <source>Median per admin area</source>
      <translation>الوسيط حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="93" />
      <source>Median per area</source>
      <translation>الوسيط حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="21" />
      <source>Medium</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="22" />
      <source>Merge a returned field package</source>
      <translation>دمج حزمة ميدانية مُعادة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="88" />
      <source>Merged into {file}: {counts}.</source>
      <translation>دُمج في {file}: {counts}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="253" />
      <source>Method</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="38" />
      <source>Minimum zoom</source>
      <translation>مستوى التكبير الأدنى</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="61" />
      <source>Minutes since start</source>
      <translation>الدقائق منذ البداية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="61" />
      <source>Minutes since the last reset</source>
      <translation>الدقائق منذ آخر إعادة تعيين</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="20" />
      <source>Missing required answers</source>
      <translation>إجابات إلزامية مفقودة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="68" />
      <source>Move each point at random</source>
      <translation>إزاحة كل نقطة عشوائيًا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="120" />
      <source>Move points at random (displace)</source>
      <translation>إزاحة النقاط عشوائيًا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="94" />
      <source>Move points by {min:.0f} to {max:.0f} m at random.</source>
      <translation>إزاحة النقاط عشوائيًا بمسافة من {min:.0f} إلى {max:.0f} م.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="69" />
      <source>Moving points: the largest distance a point is moved, in metres (default 2000). More protects more but may move a point into another area: give the admin areas to keep points in their own.</source>
      <translation>تحريك النقاط: أكبر مسافة تُحرَّك بها النقطة، بالأمتار (الافتراضي 2000). الأكبر يحمي أكثر لكنه قد ينقل نقطة إلى وحدة إدارية أخرى: قدّم الوحدات الإدارية لإبقاء النقاط في وحدتها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="65" />
      <source>Moving points: the smallest distance a point is moved, in metres (default 250). In a town 250 m hides a household among many; in scattered villages use more.</source>
      <translation>تحريك النقاط: أصغر مسافة تُحرَّك بها النقطة، بالأمتار (الافتراضي 250). في المدينة تُخفي 250 م أسرة بين أسر كثيرة؛ وفي القرى المتناثرة استخدم مسافة أكبر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="204" />
      <source>My usual key (pseudonyms match my other exports)</source>
      <translation>مفتاحي المعتاد (الأسماء المستعارة تطابق تصديراتي الأخرى)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="75" />
      <source>Name field</source>
      <translation>حقل الاسم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="59" />
      <source>Name field of the admin areas</source>
      <translation>حقل اسم الوحدات الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="169" />
      <source>Name field of the admin areas (labels, atlas pages)</source>
      <translation>حقل اسم الوحدات الإدارية (التسميات، صفحات الأطلس)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="120" />
      <source>Name field of the admin boundaries</source>
      <translation>حقل الاسم في الحدود الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="52" />
      <source>Name of the survey in the database</source>
      <translation>اسم المسح في قاعدة البيانات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="42" />
      <source>Natural breaks (Jenks)</source>
      <translation>الفواصل الطبيعية (Jenks)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="120" />
      <source>Natural breaks (Jenks) or limits of your own would suit these values better.</source>
      <translation>الفواصل الطبيعية (Jenks) أو حدود فئات تحددها بنفسك تناسب هذه القيم بشكل أفضل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="75" />
      <source>Needs definition</source>
      <translation>تحديد الاحتياجات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="205" />
      <source>New connection</source>
      <translation>اتصال جديد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="48" />
      <source>New submissions</source>
      <translation>الإرسالات الجديدة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="36" />
      <source>New value</source>
      <translation>القيمة الجديدة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="45" />
      <source>Next &gt;</source>
      <translation>التالي &gt;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="245" />
      <source>Next page</source>
      <translation>الصفحة التالية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="93" />
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="40" />
      <source>No PostgreSQL connection is saved in QGIS yet: ask your database administrator for one and add it in the Browser (PostgreSQL &gt; New Connection).</source>
      <translation>لا يوجد بعد أي اتصال PostgreSQL محفوظ في QGIS: اطلب واحدًا من مسؤول قاعدة البيانات وأضفه في المتصفح (PostgreSQL &gt; اتصال جديد).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="261" />
      <source>No XLSForm was given: column types were inferred from the values and choices have no labels.</source>
      <translation>لم يُقدَّم أي XLSForm: استُنتجت أنواع الأعمدة من القيم، والخيارات بلا تسميات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="389" />
      <source>No admin boundaries in the project: this map counts the submissions per area. Load the sample's boundaries or your own.</source>
      <translation>لا توجد حدود إدارية في المشروع: تعدّ هذه الخريطة الإرسالات حسب الوحدة الإدارية. حمّل حدود المثال أو حدودك الخاصة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="224" />
      <source>No answer</source>
      <translation>بلا إجابة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="94" />
      <source>No answer of {field} is a number ({listed}): a mean or median needs a numeric question. Choose the question holding the numbers.</source>
      <translation>لا توجد بين إجابات {field} أي إجابة رقمية ({listed}): يحتاج المتوسط أو الوسيط إلى سؤال رقمي. اختر السؤال الذي يحتوي على الأرقام.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="440" />
      <source>No area of {layer} has a value in {field}: no submission was counted in any of its areas, so the map shows every area without data. If the survey was made there, check the submissions' coordinates (latitude and longitude swapped, or the wrong coordinate reference system) and count them again (Count submissions by admin area).</source>
      <translation>لا توجد في {layer} أي وحدة لها قيمة في {field}: لم يُحتسب أي إرسال في أي من وحداتها، لذا تعرض الخريطة كل الوحدات بلا بيانات. إن كان المسح قد أُجري هناك، فتحقق من إحداثيات الإرسالات (خط العرض وخط الطول معكوسان، أو نظام الإحداثيات المرجعي خاطئ) ثم أعد عدّها (عدّ الإرسالات حسب الوحدة الإدارية).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="366" />
      <source>No basemap source was given.</source>
      <translation>لم يُحدَّد أي مصدر لخريطة الأساس.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="217" />
      <source>No column is pseudonymised.</source>
      <translation>لا يخضع أي عمود للترميز المستعار.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="292" />
      <source>No column looks like personal data. The check helps; it does not guarantee.</source>
      <translation>لا يبدو أن أي عمود يحتوي على بيانات شخصية. يساعد الفحص لكنه لا يضمن شيئًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="220" />
      <source>No connection: the page above has the essentials.</source>
      <translation>لا يوجد اتصال: تحتوي الصفحة أعلاه على الأساسيات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="84" />
      <source>No copy of this form has been downloaded on this computer yet.</source>
      <translation>لم يُنزَّل بعد أي نسخة من هذا النموذج على هذا الحاسوب.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="86" />
      <source>No data</source>
      <translation>لا توجد بيانات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="280" />
      <source>No file exists at the path typed in {label}: choose the file that holds the key, not the key.</source>
      <translation>لا يوجد ملف في المسار المكتوب في {label}: اختر الملف الذي يحتوي على المفتاح، لا المفتاح نفسه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="189" />
      <source>No gazetteer name is close enough (best score {score}: {places}).</source>
      <translation>لا يوجد اسم قريب بما يكفي في المعجم الجغرافي (أفضل درجة {score}: {places}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="212" />
      <source>No image at {file}.</source>
      <translation>لا توجد صورة في {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="424" />
      <source>No offline world map in {path}: install QGIS 3.18 or later, or give a basemap that can be reached.</source>
      <translation>لا توجد خريطة عالمية غير متصلة في {path}: ثبّت QGIS 3.18 أو أحدث، أو حدّد خريطة أساس يمكن الوصول إليها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="150" />
      <source>No offline world map in {path}: the map has no background.</source>
      <translation>لا توجد خريطة عالم غير متصلة في {path}: الخريطة بلا خلفية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="214" />
      <source>No online resource is listed for this step.</source>
      <translation>لا توجد موارد على الإنترنت مُدرجة لهذه الخطوة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="242" />
      <source>No output GeoPackage was given.</source>
      <translation>لم يُحدَّد ملف GeoPackage للناتج.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="102" />
      <source>No personal data at high risk was found in the surveys.</source>
      <translation>لم يُعثر على بيانات شخصية عالية الخطورة في المسوح.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="48" />
      <source>No place was named for {what}: write env:VARIABLE or file:PATH.</source>
      <translation>لم يُحدَّد أي مكان لـ {what}: اكتب env:VARIABLE أو file:PATH.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="55" />
      <source>No pseudonymisation key: create or choose one first.</source>
      <translation>لا يوجد مفتاح للترميز المستعار: أنشئ مفتاحًا أو اختر واحدًا أولًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="450" />
      <source>No server address was given.</source>
      <translation>لم يُحدَّد عنوان الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="39" />
      <source>No space left on device</source>
      <translation>لا توجد مساحة متبقية على الجهاز</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="213" />
      <source>No submission answers {field}: the share of “{given}” is 0 % in every area with enough submissions.</source>
      <translation>لا يجيب أي إرسال عن {field}: نسبة «{given}» هي 0 % في كل وحدة فيها عدد كافٍ من الإرسالات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="313" />
      <source>No submission falls in an area of {layer}: check the join (location or P-code) and the admin layer.</source>
      <translation>لا يقع أي إرسال في وحدة من {layer}: تحقّق من الربط (الموقع أو رمز P-code) ومن الطبقة الإدارية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="191" />
      <source>No submission gives the answer “{given}” to {field}, but {count} give “{code}”, the same written otherwise: “{code}” was counted. Give ANSWER_VALUE={code} to count it without this warning.</source>
      <translation>لا يعطي أي إرسال الإجابة «{given}» على {field}، لكن {count} من الإرسالات تعطي «{code}»، وهي الإجابة نفسها مكتوبة بشكل آخر: عُدّت «{code}». اكتب ANSWER_VALUE={code} لعدّها من دون هذا التحذير.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="215" />
      <source>No submission gives the answer “{given}” to {field}: its share is 0 % in every area with enough submissions. The answers given are: {answers}. Check ANSWER_VALUE: it is the choice name the survey stores, not its label.</source>
      <translation>لا يعطي أي إرسال الإجابة «{given}» على {field}: نسبتها 0 % في كل وحدة فيها عدد كافٍ من الإرسالات. الإجابات المعطاة هي: {answers}. تحقق من ANSWER_VALUE: يجب أن يكون اسم الخيار الذي يحفظه المسح، لا تسمية الخيار.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="207" />
      <source>No submission gives the answer “{given}” to {field}; it may be any of {codes} (written otherwise, or the same label). Give ANSWER_VALUE the one to count.</source>
      <translation>لا يعطي أي إرسال الإجابة «{given}» على {field}؛ قد تكون أيًّا من هذه: {codes} (مكتوبة بشكل آخر، أو بالتسمية نفسها). اكتب في ANSWER_VALUE الإجابة المراد عدّها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="256" />
      <source>No submission has a value in {field}: nothing to aggregate.</source>
      <translation>لا يحتوي أي إرسال على قيمة في {field}: لا شيء للتجميع.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="223" />
      <source>No submission has the uuid {uuid} in {layer}.</source>
      <translation>لا يوجد إرسال يحمل uuid {uuid} في {layer}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="46" />
      <source>No submission of {points} lies in any area of {admin}: all %n submissions are outside every area, so every area counts 0 and a map of these counts is empty. If the survey was made in these areas, its latitude and longitude are most likely swapped, or {points} has the wrong coordinate reference system ({crs}): look at both layers on a map, fix the coordinates, and count again.</source>
      <translation>
        <numerusform>لا يقع أي إرسال من {points} في أي وحدة من وحدات {admin}: كل الإرسالات (%n) تقع خارج كل الوحدات، لذا عدد كل وحدة 0 وخريطة هذه الأعداد فارغة. إن كان المسح قد أُجري في هذه الوحدات، فالأرجح أن خط العرض وخط الطول فيه معكوسان، أو أن نظام الإحداثيات المرجعي لـ {points} خاطئ ({crs}): اعرض كل طبقة من الطبقتين على خريطة، وصحّح الإحداثيات، ثم أعد العدّ.</numerusform>
        <numerusform>لا يقع أي إرسال من {points} في أي وحدة من وحدات {admin}: الإرسال الوحيد (%n) يقع خارج كل الوحدات، لذا عدد كل وحدة 0 وخريطة هذه الأعداد فارغة. إن كان المسح قد أُجري في هذه الوحدات، فالأرجح أن خط العرض وخط الطول فيه معكوسان، أو أن نظام الإحداثيات المرجعي لـ {points} خاطئ ({crs}): اعرض كل طبقة من الطبقتين على خريطة، وصحّح الإحداثيات، ثم أعد العدّ.</numerusform>
        <numerusform>لا يقع أي إرسال من {points} في أي وحدة من وحدات {admin}: الإرسالان كلاهما (%n) يقعان خارج كل الوحدات، لذا عدد كل وحدة 0 وخريطة هذه الأعداد فارغة. إن كان المسح قد أُجري في هذه الوحدات، فالأرجح أن خط العرض وخط الطول فيه معكوسان، أو أن نظام الإحداثيات المرجعي لـ {points} خاطئ ({crs}): اعرض كل طبقة من الطبقتين على خريطة، وصحّح الإحداثيات، ثم أعد العدّ.</numerusform>
        <numerusform>لا يقع أي إرسال من {points} في أي وحدة من وحدات {admin}: كل الإرسالات (%n) تقع خارج كل الوحدات، لذا عدد كل وحدة 0 وخريطة هذه الأعداد فارغة. إن كان المسح قد أُجري في هذه الوحدات، فالأرجح أن خط العرض وخط الطول فيه معكوسان، أو أن نظام الإحداثيات المرجعي لـ {points} خاطئ ({crs}): اعرض كل طبقة من الطبقتين على خريطة، وصحّح الإحداثيات، ثم أعد العدّ.</numerusform>
        <numerusform>لا يقع أي إرسال من {points} في أي وحدة من وحدات {admin}: كل الإرسالات (%n) تقع خارج كل الوحدات، لذا عدد كل وحدة 0 وخريطة هذه الأعداد فارغة. إن كان المسح قد أُجري في هذه الوحدات، فالأرجح أن خط العرض وخط الطول فيه معكوسان، أو أن نظام الإحداثيات المرجعي لـ {points} خاطئ ({crs}): اعرض كل طبقة من الطبقتين على خريطة، وصحّح الإحداثيات، ثم أعد العدّ.</numerusform>
        <numerusform>لا يقع أي إرسال من {points} في أي وحدة من وحدات {admin}: كل الإرسالات (%n) تقع خارج كل الوحدات، لذا عدد كل وحدة 0 وخريطة هذه الأعداد فارغة. إن كان المسح قد أُجري في هذه الوحدات، فالأرجح أن خط العرض وخط الطول فيه معكوسان، أو أن نظام الإحداثيات المرجعي لـ {points} خاطئ ({crs}): اعرض كل طبقة من الطبقتين على خريطة، وصحّح الإحداثيات، ثم أعد العدّ.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="86" />
      <source>No submissions</source>
      <translation>لا توجد إرسالات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="36" />
      <source>No such file or directory</source>
      <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="140" />
      <source>No survey layer in the project: import a survey first (step 1), or add the 'survey' layer of its GeoPackage.</source>
      <translation>لا توجد طبقة مسح في المشروع: استورد مسحًا أولًا (الخطوة 1)، أو أضف الطبقة «survey» من ملف GeoPackage الخاص به.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="371" />
      <source>No survey layer with points in the project: import a survey first (step 1).</source>
      <translation>لا توجد في المشروع طبقة مسح تحتوي على نقاط: استورد مسحًا أولًا (الخطوة 1).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="291" />
      <source>No tile could be made from {source} (no network, a server error, or only empty tiles).</source>
      <translation>تعذّر إنشاء أي بلاطة من {source} (لا توجد شبكة، أو خطأ في الخادم، أو بلاطات فارغة فقط).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="194" />
      <source>No tiles: countries and admin boundaries only</source>
      <translation>بدون بلاطات: البلدان والحدود الإدارية فقط</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="180" />
      <source>No translation file {file}: the map texts stay in English.</source>
      <translation>لا يوجد ملف ترجمة {file}: تبقى نصوص الخريطة بالإنجليزية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="262" />
      <source>No warnings.</source>
      <translation>لا توجد تحذيرات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="229" />
      <source>None</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="43" />
      <source>Not a directory</source>
      <translation>ليس مجلدًا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="316" />
      <source>Not run: choose the admin boundaries on the first page (Back) to check typed admin names. Without them, GPS points are checked against the area of interest below only when you tick it.</source>
      <translation>لم يُجرَ: اختر الحدود الإدارية في الصفحة الأولى («السابق») لفحص أسماء الوحدات الإدارية المكتوبة يدويًا. ومن دونها، لا تُقارن نقاط GPS بمنطقة الاهتمام أدناه إلا إذا علّمتها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="204" />
      <source>Not saved yet.</source>
      <translation>لم يُحفظ بعد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="126" />
      <source>Nothing is changed in this layer: a protected copy is written at the end.</source>
      <translation>لا يُغيَّر أي شيء في هذه الطبقة: تُكتب نسخة محمية في النهاية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="218" />
      <source>Nothing was written.</source>
      <translation>لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="255" />
      <source>Number of classes</source>
      <translation>عدد الفئات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="213" />
      <source>Numeric question</source>
      <translation>سؤال رقمي</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="93" />
      <source>Numeric question for a mean or median (optional)</source>
      <translation>سؤال رقمي لحساب المتوسط أو الوسيط (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="78" />
      <source>ODK Central</source>
      <translation>‏ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="81" />
      <source>ODK Central keeps each repeat group apart: import its zip export, which holds one CSV per repeat group, or the submissions downloaded through OData with $expand=*.</source>
      <translation>يحفظ ODK Central كل مجموعة تكرار على حدة: استورد تصديره بصيغة zip، الذي يحتوي على ملف CSV لكل مجموعة تكرار، أو الإرسالات المنزَّلة عبر OData مع $expand=*.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="125" />
      <source>ODK Central needs an email and password, or an app-user token.</source>
      <translation>يحتاج ODK Central إلى بريد إلكتروني وكلمة مرور، أو إلى رمز وصول خاص بمستخدم التطبيق (app user).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="39" />
      <source>ODK Central server address</source>
      <translation>عنوان خادم ODK Central</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="70" />
      <source>Off (default): the columns found to hold personal data at high risk (names, phone numbers, GPS coordinates written out, photo links), the cleaning decisions and photos of those columns and the raw tables stay at the office; the merge keeps the office values of what was left out. On: the package carries them, for a field team that needs them, on an encrypted laptop only; delete the package from the laptop after the merge. Either way the points of the submissions stay exact.</source>
      <translation>عند عدم التحديد (الافتراضي): تبقى في المكتب الأعمدة التي وُجد أنها تحتوي على بيانات شخصية عالية الخطورة (الأسماء، وأرقام الهواتف، وإحداثيات GPS المكتوبة في عمود، وروابط الصور)، وقرارات التنظيف وصور تلك الأعمدة، والجداول الخام؛ ويحتفظ الدمج بقيم المكتب لما استُبعد. عند التحديد: تحملها الحزمة، لفريق ميداني يحتاج إليها، على حاسوب محمول مشفّر فقط؛ احذف الحزمة من الحاسوب المحمول بعد الدمج. في كلتا الحالتين تبقى نقاط الإرسالات دقيقة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="54" />
      <source>Office survey GeoPackage</source>
      <translation>ملف GeoPackage المسح في المكتب</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="31" />
      <source>Offline basemap</source>
      <translation>خريطة الأساس غير المتصلة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="254" />
      <source>Offline basemap, zoom {low} to {high}: {estimate}</source>
      <translation>خريطة الأساس غير المتصلة، التكبير من {low} إلى {high}: {estimate}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="49" />
      <source>Offline help…</source>
      <translation>المساعدة دون اتصال…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="125" />
      <source>One PDF per area, named &lt;P-code&gt;_&lt;name&gt;.pdf, in a folder beside the file</source>
      <translation>ملف PDF لكل وحدة، باسم &lt;P-code&gt;_&lt;name&gt;.pdf، في مجلد بجوار الملف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="90" />
      <source>Online resources of CartONG's resource centre for this step</source>
      <translation>موارد مركز موارد CartONG على الإنترنت لهذه الخطوة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="218" />
      <source>Online: the guide opens in your browser.</source>
      <translation>متصل: يُفتح الدليل في متصفحك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="98" />
      <source>Only for runs without the QGIS window (qgis_process, scheduled tasks), where the master password cannot be asked: where the API token is, env:KOBO_TOKEN (an environment variable) or file:/home/me/kobo_token.txt (a file holding the token). Give the place, never the token itself: parameter values are kept in the Processing history and in models.</source>
      <translation>فقط للتشغيل من دون نافذة QGIS (qgis_process، المهام المجدولة)، حيث لا يمكن طلب كلمة المرور الرئيسية: مكان رمز الوصول، env:KOBO_TOKEN (متغير بيئة) أو file:/home/me/kobo_token.txt (ملف يحتوي على الرمز). اذكر المكان، لا رمز الوصول نفسه أبدًا: تُحفظ قيم المعاملات في سجل Processing وفي النماذج.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="128" />
      <source>Only for runs without the QGIS window (qgis_process, scheduled tasks), where the master password cannot be asked: where the password or app-user token is, env:ODK_PASSWORD (an environment variable) or file:/home/me/odk_password.txt (a file holding it). Give the place, never the secret itself: parameter values are kept in the Processing history and in models.</source>
      <translation>فقط للتشغيل من دون نافذة QGIS (qgis_process، المهام المجدولة)، حيث لا يمكن طلب كلمة المرور الرئيسية: مكان كلمة المرور أو رمز الوصول لمستخدم التطبيق، env:ODK_PASSWORD (متغير بيئة) أو file:/home/me/odk_password.txt (ملف يحتوي عليها). اذكر المكان، لا السر نفسه أبدًا: تُحفظ قيم المعاملات في سجل Processing وفي النماذج.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="134" />
      <source>Only with the place of a password above: the email of the ODK Central account the password belongs to, e.g. data.manager@example.org. Leave it empty when the place holds an app-user token.</source>
      <translation>فقط مع مكان كلمة مرور أعلاه: البريد الإلكتروني لحساب ODK Central الذي تعود إليه كلمة المرور، مثل data.manager@example.org. اتركه فارغًا حين يحمل المكان رمز الوصول لمستخدم التطبيق.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="215" />
      <source>Open the Data protection wizard on the imported survey layer.</source>
      <translation>فتح معالج حماية البيانات على طبقة المسح المستوردة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="467" />
      <source>Open the README note</source>
      <translation>فتح ملاحظة README</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="240" />
      <source>Open the folder</source>
      <translation>فتح المجلد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="65" />
      <source>Open the last downloaded copy</source>
      <translation>فتح آخر نسخة تم تنزيلها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="140" />
      <source>Open the layout…</source>
      <translation>فتح التخطيط…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="103" />
      <source>Open the map when it is written</source>
      <translation>فتح الخريطة بعد كتابتها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="97" />
      <source>Open the online guide</source>
      <translation>فتح الدليل على الإنترنت</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="90" />
      <source>OpenStreetMap background when online (credited on the map)</source>
      <translation>خلفية OpenStreetMap عند الاتصال (مع ذكر المصدر على الخريطة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="94" />
      <source>OpenStreetMap cannot be reached: the map uses the offline background.</source>
      <translation>تعذّر الوصول إلى OpenStreetMap: تستخدم الخريطة الخلفية غير المتصلة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="38" />
      <source>Operation not permitted</source>
      <translation>العملية غير مسموح بها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="91" />
      <source>Optional: one count per answer of this question.</source>
      <translation>اختياري: عدد لكل إجابة على هذا السؤال.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="274" />
      <source>Options</source>
      <translation>الخيارات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="107" />
      <source>Or a key kept outside QGIS: env:VARIABLE or file:PATH holding 64 hexadecimal characters (runs without a desktop; no master password asked)</source>
      <translation>أو مفتاح محفوظ خارج QGIS: ‏env:VARIABLE أو file:PATH يحتوي على 64 حرفًا ست عشريًا (يعمل بدون سطح مكتب؛ لا تُطلب كلمة المرور الرئيسية)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="103" />
      <source>Or another file</source>
      <translation>أو ملف آخر</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="109" />
      <source>Other users of this computer can read {file}: restrict it (chmod 600).</source>
      <translation>يمكن لمستخدمين آخرين على هذا الحاسوب قراءة {file}: قيّد الوصول إليه (chmod 600).</translation>
    </message>
    <message>
      <source>Outlier fences (interquartile ranges)</source>
      <translation type="vanished">حدود القيم الشاذة (المدى الربيعي)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="249" />
      <source>Outlier fences, in interquartile ranges: a number is flagged when it lies this many times the spread of the middle half of the answers below the first quartile or above the third. 1.5 is usual; 3 flags only extremes.</source>
      <translation>حدود القيم الشاذة، بعدد المدى الربيعي: يُعلَّم الرقم عندما يبعد بهذا العدد من مرات انتشار النصف الأوسط من الإجابات تحت الربيع الأول أو فوق الربيع الثالث. القيمة المعتادة 1.5؛ والقيمة 3 لا تعلّم إلا القيم القصوى.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="184" />
      <source>Outlier fences: interquartile ranges beyond the quartiles</source>
      <translation>حدود القيم الشاذة: عدد مرات المدى الربيعي خارج الربيعيات</translation>
    </message>
    <message>
      <source>Outlier threshold (robust z-score)</source>
      <translation type="vanished">عتبة القيم الشاذة (الدرجة المعيارية المتينة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="188" />
      <source>Outlier threshold: robust z-score</source>
      <translation>عتبة القيم الشاذة: الدرجة المعيارية المتينة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="21" />
      <source>Outliers</source>
      <translation>القيم الشاذة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="123" />
      <source>Output GeoPackage</source>
      <translation>ملف GeoPackage الناتج</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="177" />
      <source>Output file</source>
      <translation>ملف الناتج</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="85" />
      <source>Output folder (empty or new)</source>
      <translation>مجلد الإخراج (فارغ أو جديد)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/constraints.py" line="52" />
      <source>Outside the form's constraint '{constraint}'.</source>
      <translation>خارج قيد النموذج «{constraint}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="455" />
      <source>P-code</source>
      <translation>‏P-code</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="74" />
      <source>P-code field</source>
      <translation>حقل P-code</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="163" />
      <source>P-code field naming the atlas pages</source>
      <translation>حقل P-code لتسمية صفحات الأطلس</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="54" />
      <source>P-code field of the admin areas</source>
      <translation>حقل P-code للوحدات الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="115" />
      <source>P-code field of the admin boundaries</source>
      <translation>حقل P-code في الحدود الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="65" />
      <source>P-code field of the submissions (empty: join by location)</source>
      <translation>حقل P-code للإرسالات (فارغ: الربط حسب الموقع)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="159" />
      <source>P-code of each submission</source>
      <translation>رمز P-code لكل إرسال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="227" />
      <source>P-code of no admin area</source>
      <translation>رمز P-code لا يخص أي وحدة إدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="181" />
      <source>PDF (*.pdf)</source>
      <translation>‏PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="197" />
      <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
      <translation>‏PDF (*.pdf);;صورة PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="89" />
      <source>PDF (vector, for print)</source>
      <translation>‏PDF (متجهي، للطباعة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="79" />
      <source>PDF keeps texts sharp and searchable for print; PNG is an image for reports and messages; SVG is for designers. The layout also stays in the project (Project &gt; Layouts) for changes by hand.</source>
      <translation>يحافظ PDF على وضوح النصوص وقابليتها للبحث عند الطباعة؛ وPNG صورة للتقارير والرسائل؛ وSVG للمصممين. ويبقى التخطيط أيضًا في المشروع (المشروع &gt; التخطيطات) للتعديل اليدوي.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="90" />
      <source>PNG image</source>
      <translation>صورة PNG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="181" />
      <source>PNG image (*.png)</source>
      <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="86" />
      <source>Package folder</source>
      <translation>مجلد الحزمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="259" />
      <source>Package name</source>
      <translation>اسم الحزمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="87" />
      <source>Package zip</source>
      <translation>ملف zip الخاص بالحزمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="79" />
      <source>Page</source>
      <translation>الصفحة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="241" />
      <source>Page {page}: {records} of {total} submissions downloaded.</source>
      <translation>الصفحة {page}: تم تنزيل {records} من أصل {total} إرسال.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="38" />
      <source>Page, language and the texts around the map. The date, scale bar, north arrow, coordinate system and disclaimer are added for you.</source>
      <translation>الصفحة واللغة والنصوص المحيطة بالخريطة. يُضاف التاريخ وشريط المقياس وسهم الشمال ونظام الإحداثيات وإخلاء المسؤولية تلقائيًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="101" />
      <source>Page: a4_landscape, a4_portrait, a3_landscape or a3_portrait</source>
      <translation>الصفحة: a4_landscape (A4 أفقي)، أو a4_portrait (A4 عمودي)، أو a3_landscape (A3 أفقي)، أو a3_portrait (A3 عمودي)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="101" />
      <source>Paper size and orientation: a4_landscape (default), a4_portrait, a3_landscape or a3_portrait. A3 suits wall maps.</source>
      <translation>حجم الورق واتجاهه: a4_landscape (الافتراضي)، أو a4_portrait، أو a3_landscape، أو a3_portrait. يناسب A3 الخرائط الجدارية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="76" />
      <source>Parent P-code field</source>
      <translation>حقل P-code الأعلى</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="126" />
      <source>Parent P-code field of the admin boundaries</source>
      <translation>حقل P-code الأعلى في الحدود الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="106" />
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="234" />
      <source>Pending rows change nothing. Decide them (Back), or send the exported log to the field team, then apply again: the cleaned layer is rebuilt from the imported data each time.</source>
      <translation>الصفوف المعلّقة لا تغيّر شيئًا. قرّر بشأنها («السابق»)، أو أرسل السجل المُصدَّر إلى الفريق الميداني ثم طبّقه مجددًا: يُعاد بناء الطبقة المنظفة من البيانات المستوردة في كل مرة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="241" />
      <source>Percentages from</source>
      <translation>النسب المئوية ابتداءً من</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="37" />
      <source>Permission denied</source>
      <translation>الإذن مرفوض</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="53" />
      <source>Person name</source>
      <translation>اسم شخص</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="145" />
      <source>Personal data at high risk in the survey layer: {columns}. Protect these columns (Data protection, or cartong:exportforsharing) before sharing the file.</source>
      <translation>بيانات شخصية عالية الخطورة في طبقة المسح: {columns}. احمِ هذه الأعمدة (حماية البيانات، أو cartong:exportforsharing) قبل مشاركة الملف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="281" />
      <source>Personal data could not be looked for: {error}</source>
      <translation>تعذّر البحث عن البيانات الشخصية: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="163" />
      <source>Personal data found</source>
      <translation>البيانات الشخصية التي عُثر عليها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="54" />
      <source>Phone number</source>
      <translation>رقم هاتف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="59" />
      <source>Photo or attachment</source>
      <translation>صورة أو مرفق</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="65" />
      <source>Place of residence</source>
      <translation>مكان الإقامة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="86" />
      <source>Platform</source>
      <translation>المنصة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="71" />
      <source>Point: latitude {lat}, longitude {lon}.</source>
      <translation>النقطة: خط العرض {lat}، خط الطول {lon}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="56" />
      <source>Points coloured by the answer to a question</source>
      <translation>نقاط ملوّنة حسب الإجابة على سؤال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="109" />
      <source>Points kept in their admin area; {rows} could not be and may lie in a neighbouring area.</source>
      <translation>أُبقيت النقاط داخل وحدتها الإدارية؛ تعذّر ذلك لـ {rows} نقطة وقد تقع في وحدة مجاورة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="29" />
      <source>Points outside every area, or in another area than the one answered, are flagged, and typed admin names are matched to their P-codes.</source>
      <translation>تُعلَّم النقاط الواقعة خارج كل الوحدات الإدارية، أو في وحدة غير تلك المُجاب عنها، وتُطابَق الأسماء الإدارية المكتوبة مع رموز P-code الخاصة بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="53" />
      <source>Portrait</source>
      <translation>عمودي</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="154" />
      <source>Possible personal data ({risk} risk): {column}. {reason}</source>
      <translation>بيانات شخصية محتملة (الخطورة: {risk}): {column}. {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/teams_common.py" line="20" />
      <source>PostgreSQL connection</source>
      <translation>اتصال PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="129" />
      <source>PostgreSQL did not accept the login for {target}: {detail}. Store the user name and password in an authentication configuration of the connection (Browser &gt; PostgreSQL &gt; Edit connection &gt; Authentication), then try again.</source>
      <translation>لم يقبل PostgreSQL تسجيل الدخول إلى {target}: {detail}. احفظ اسم المستخدم وكلمة المرور في إعداد مصادقة للاتصال (المستعرض &gt; PostgreSQL &gt; تحرير الاتصال &gt; المصادقة) ثم أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="211" />
      <source>PostgreSQL refused row {row} of the table {table}, column {column}: {detail}.</source>
      <translation>رفض PostgreSQL الصف {row} من الجدول {table}، العمود {column}: {detail}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="215" />
      <source>PostgreSQL refused row {row} of the table {table}: {detail}.</source>
      <translation>رفض PostgreSQL الصف {row} من الجدول {table}: {detail}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="162" />
      <source>PostgreSQL refused {doing} in {target}: {detail}</source>
      <translation>رفض PostgreSQL {doing} في {target}: {detail}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="152" />
      <source>PostgreSQL refused {doing} in {target}: {detail}. Ask the database administrator for the survey's role, named after its schema: for a schema household_2026, household_2026_viewer to read it, household_2026_reviewer to record cleaning decisions (GRANT household_2026_reviewer TO your_login).</source>
      <translation>رفض PostgreSQL {doing} في {target}: {detail}. اطلب من مسؤول قاعدة البيانات دور المسح، الذي يحمل اسم مخططه: لمخطط household_2026، الدور household_2026_viewer لقراءته، والدور household_2026_reviewer لتسجيل قرارات التنظيف (GRANT household_2026_reviewer TO your_login).</translation>
    </message>
    <message>
      <source>PostgreSQL refused {doing} in {target}: {detail}. Ask the database administrator for the survey's role: &lt;schema&gt;_viewer to read it, &lt;schema&gt;_reviewer to record cleaning decisions (GRANT &lt;role&gt; TO &lt;you&gt;).</source>
      <translation type="vanished">رفض PostgreSQL {doing} في {target}: {detail}. اطلب من مسؤول قاعدة البيانات دور المسح: &lt;schema&gt;_viewer لقراءته، و&lt;schema&gt;_reviewer لتسجيل قرارات التنظيف (GRANT &lt;role&gt; TO &lt;you&gt;).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="161" />
      <source>Precision worse than {limit} m.</source>
      <translation>الدقة أسوأ من {limit} م.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="31" />
      <source>Prepare a field package (offline)</source>
      <translation>تحضير حزمة ميدانية (دون اتصال)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="397" />
      <source>Prepare for the field</source>
      <translation>التحضير للعمل الميداني</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="197" />
      <source>Prepare for the field…</source>
      <translation>التحضير للعمل الميداني…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="310" />
      <source>Preparing the field package</source>
      <translation>تحضير الحزمة الميدانية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="267" />
      <source>Preparing the package</source>
      <translation>تحضير الحزمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="198" />
      <source>Preview</source>
      <translation>معاينة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="56" />
      <source>Problems in the help catalogue…</source>
      <translation>مشكلات في دليل المساعدة…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="47" />
      <source>Project ID</source>
      <translation>معرّف المشروع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="51" />
      <source>Proportional circles: submissions per admin area</source>
      <translation>دوائر متناسبة: الإرسالات حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="213" />
      <source>Protect personal data…</source>
      <translation>حماية البيانات الشخصية…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="118" />
      <source>Protection of locations</source>
      <translation>حماية المواقع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="178" />
      <source>Pseudonymisation key</source>
      <translation>مفتاح الترميز المستعار</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="100" />
      <source>Pseudonymisation key (empty: your default key, created if needed)</source>
      <translation>مفتاح الترميز المستعار (فارغ: مفتاحك الافتراضي، يُنشأ عند الحاجة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="48" />
      <source>Pseudonymise</source>
      <translation>ترميز مستعار</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="86" />
      <source>Pseudonymise: {columns}</source>
      <translation>ترميز مستعار: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="82" />
      <source>Put the training folder back as it was at the start</source>
      <translation>إعادة مجلد التدريب إلى حالته الأولى</translation>
    </message>
    <message>
      <source>Puts everything a field team needs to work without network in one folder and one zip: the QGIS project (relative paths), the survey GeoPackages with their attachments, the admin boundaries, the styles, the print layouts, an offline basemap of the area (or a vector background when no tile can be made), the offline help in the chosen language and the learning catalogue. manifest.json lists the size and sha256 of every file. The output folder must be empty or new. Attachments that are missing are listed in the log and the manifest. Bring the package back with 'Merge a returned field package'.</source>
      <translation type="vanished">يجمع في مجلد واحد وملف zip واحد كل ما يحتاجه الفريق الميداني للعمل دون شبكة: مشروع QGIS (مسارات نسبية)، وملفات GeoPackage المسح مع مرفقاتها، والحدود الإدارية، والأنماط، وتخطيطات الطباعة، وخريطة أساس غير متصلة للمنطقة (أو خلفية متجهية عندما يتعذر إنشاء أي بلاطة)، والمساعدة غير المتصلة باللغة المختارة، وفهرس التعلم. يسرد manifest.json حجم كل ملف وsha256 الخاص به. يجب أن يكون مجلد الإخراج فارغًا أو جديدًا. تُدرج المرفقات المفقودة في السجل وفي البيان. أعد الحزمة باستخدام 'دمج حزمة ميدانية مُعادة'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="34" />
      <source>Puts everything a field team needs to work without network in one folder and one zip: the QGIS project (relative paths), the survey GeoPackages with their attachments, the admin boundaries, the styles, the print layouts, an offline basemap of the area (or a vector background when no tile can be made), the offline help in the chosen language and the learning catalogue. manifest.json lists the size and sha256 of every file. The output folder must be empty or new. Attachments that are missing are listed in the log and the manifest. The personal data at high risk (names, phone numbers, GPS coordinates written out, photo links) and the raw tables stay at the office unless you include them; the manifest says what was left out. Bring the package back with 'Merge a returned field package'.</source>
      <translation>يجمع في مجلد واحد وملف zip واحد كل ما يحتاجه الفريق الميداني للعمل دون شبكة: مشروع QGIS (مسارات نسبية)، وملفات GeoPackage المسح مع مرفقاتها، والحدود الإدارية، والأنماط، وتخطيطات الطباعة، وخريطة أساس غير متصلة للمنطقة (أو خلفية متجهية عندما يتعذر إنشاء أي بلاطة)، والمساعدة غير المتصلة باللغة المختارة، وفهرس التعلم. يسرد manifest.json حجم كل ملف وsha256 الخاص به. يجب أن يكون مجلد الإخراج فارغًا أو جديدًا. تُدرج المرفقات المفقودة في السجل وفي البيان. تبقى البيانات الشخصية عالية الخطورة (الأسماء، وأرقام الهواتف، وإحداثيات GPS المكتوبة في عمود، وروابط الصور) والجداول الخام في المكتب ما لم تُضمّنها؛ ويذكر البيان ما استُبعد. أعد الحزمة باستخدام 'دمج حزمة ميدانية مُعادة'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="312" />
      <source>QGIS could not export the map to {file} ({error}): check that the folder is writable and the disk not full.</source>
      <translation>تعذّر على QGIS تصدير الخريطة إلى {file} ({error}): تحقّق من أن المجلد قابل للكتابة وأن القرص غير ممتلئ.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="85" />
      <source>QGIS could not load the layout template {file}.</source>
      <translation>تعذّر على QGIS تحميل قالب التخطيط {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="256" />
      <source>QGIS did not write every page of the atlas into {folder}; nothing was kept.</source>
      <translation>لم يكتب QGIS كل صفحات الأطلس في {folder}؛ لم يُحتفظ بأي شيء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="96" />
      <source>QGIS has no PostgreSQL connection named '{name}'. Known connections: {names}. Add it in the Browser (PostgreSQL &gt; New Connection) or give a connection string such as service=survey.</source>
      <translation>لا يوجد في QGIS اتصال PostgreSQL باسم '{name}'. الاتصالات المعروفة: {names}. أضفه في المستعرض (PostgreSQL &gt; اتصال جديد) أو حدّد سلسلة اتصال مثل service=survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="48" />
      <source>QGIS stays usable during the download. If it fails or is cancelled, the GeoPackage is left as it was.</source>
      <translation>يبقى QGIS قابلًا للاستخدام أثناء التنزيل. إذا فشل أو أُلغي، يبقى ملف GeoPackage كما كان.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="118" />
      <source>QGIS stays usable while the checks run. Nothing is written until you save the log on the next page.</source>
      <translation>يبقى QGIS قابلًا للاستخدام أثناء تشغيل الفحوصات. لا يُكتب أي شيء حتى تحفظ السجل في الصفحة التالية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="171" />
      <source>QGIS's 'Generate XYZ tiles (MBTiles)' algorithm is not available: enable the Processing plugin and try again.</source>
      <translation>خوارزمية QGIS 'Generate XYZ tiles (MBTiles)' غير متاحة: فعّل إضافة Processing ثم أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="218" />
      <source>QGIS's tile algorithm failed on this area (the details are in the log, CartONG tab).</source>
      <translation>فشلت خوارزمية البلاطات في QGIS على هذه المنطقة (التفاصيل في سجل الرسائل، تبويب CartONG).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="197" />
      <source>QGIS's tile algorithm stopped.</source>
      <translation>توقفت خوارزمية البلاطات في QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="41" />
      <source>Quantiles</source>
      <translation>الكميّات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="34" />
      <source>Question</source>
      <translation>السؤال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="73" />
      <source>Question for a share of answers (optional)</source>
      <translation>سؤال لحساب نسبة الإجابات (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="159" />
      <source>Question to count answers of (optional)</source>
      <translation>السؤال المراد عدّ إجاباته (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="232" />
      <source>Questions that together identify a household, e.g. household id and date: two submissions with the same values are flagged</source>
      <translation>أسئلة تحدد الأسرة معًا، مثل معرّف الأسرة والتاريخ: يُعلَّم كل إرسالين لهما القيم نفسها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="188" />
      <source>README beside the shared file</source>
      <translation>ملف README بجانب الملف المشترك</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_records.py" line="250" />
      <source>Rare combinations of {columns} were blanked, but the file keeps its points: a point can show the area or place a blanked value stood for, so the count of {k} rows does not hold for the file. To share rare areas, count by admin area or remove the locations.</source>
      <translation>مُحيت التركيبات النادرة من {columns}، لكن الملف يحتفظ بنقاطه: يمكن لنقطة أن تكشف المنطقة أو المكان الذي كانت تدل عليه قيمة ممحوة، لذا لا تنطبق قاعدة الـ {k} صفوف على الملف. لمشاركة مناطق نادرة، اعدد حسب الوحدة الإدارية أو احذف المواقع.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="87" />
      <source>Rare combinations of {columns}: {values} values blanked in {rows} rows (k = {k}).</source>
      <translation>تركيبات نادرة من {columns}: مُحيت {values} قيمة في {rows} صف (k = {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="44" />
      <source>Read a KoboToolbox, ODK or ONA export with its XLSForm into a GeoPackage.</source>
      <translation>قراءة تصدير من KoboToolbox أو ODK أو ONA مع ملف XLSForm الخاص به في ملف GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="440" />
      <source>Read the note before sending the file: it travels with it.</source>
      <translation>اقرأ الملاحظة قبل إرسال الملف: فهي ترافقه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/errors.py" line="40" />
      <source>Read-only file system</source>
      <translation>نظام الملفات للقراءة فقط</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="221" />
      <source>Reading the file was cancelled. Click Back, then Next to read it again.</source>
      <translation>أُلغيت قراءة الملف. انقر «السابق» ثم «التالي» لقراءته مجددًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="182" />
      <source>Reading the file…</source>
      <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="238" />
      <source>Reading {file}</source>
      <translation>جارٍ قراءة {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="316" />
      <source>Reading {layer}...</source>
      <translation>جارٍ قراءة {layer}...</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="35" />
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, KoboToolbox or ODK Central submissions saved as JSON, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group (also for repeats flattened into columns such as kids[1]/name), a metadata table and the columns as received (cartong_columns: names, HXL hashtags). Rows without a location are kept without geometry and counted; HXL hashtag rows and empty rows at the end are not submissions. Without a form, column types are inferred from the values. An XLSX is read from its first visible sheet (hidden sheets are skipped) unless SHEET names another.</source>
      <translation>يقرأ تصدير مسح (CSV بفواصل ; أو ,، أو XLSX بأوراق تكرار، أو ملف zip من ODK Central، أو إرسالات KoboToolbox أو ODK Central محفوظة بصيغة JSON، أو ملف GeoJSON)، وعند توفيره، نموذج XLSForm الذي جُمعت به البيانات. يكتب ملف GeoPackage يحتوي على الجدول الخام تمامًا كما ورد، وطبقة محدَّدة الأنواع 'survey' (أرقام، وتواريخ، وتسميات الخيارات باللغة المختارة بجوار الرموز، ونقاط في EPSG:4326)، وجدولًا لكل مجموعة تكرار (وكذلك للتكرارات المسطّحة في أعمدة مثل kids[1]/name)، وجدول بيانات وصفية، والأعمدة كما وردت (cartong_columns: الأسماء، ووسوم HXL). تُحفظ الصفوف التي لا موقع لها من دون هندسة وتُعدّ؛ وصفوف وسوم HXL والصفوف الفارغة في النهاية ليست إرسالات. من دون نموذج، تُستنتج أنواع الأعمدة من القيم. يُقرأ ملف XLSX من أول ورقة ظاهرة فيه (تُتخطى الأوراق المخفية) ما لم يحدد SHEET ورقة أخرى.</translation>
    </message>
    <message>
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group and a metadata table. Rows without a location are kept without geometry and counted. Without a form, column types are inferred from the values.</source>
      <translation type="vanished">يقرأ تصدير مسح (CSV مفصول بفواصل منقوطة أو فواصل، أو XLSX مع أوراق التكرار، أو ملف zip من ODK Central، أو ملف GeoJSON)، وملف XLSForm الذي جُمع به إن قُدِّم. ويكتب ملف GeoPackage يحتوي على الجدول الخام كما وصل تمامًا، وطبقة مُنمَّطة «survey» (أرقام، تواريخ، تسميات الخيارات باللغة المختارة بجوار الرموز، نقاط بنظام EPSG:4326)، وجدولًا لكل مجموعة تكرار، وجدولًا للبيانات الوصفية. تُحفظ الصفوف التي لا موقع لها دون شكل هندسي وتُعدّ. ودون نموذج، تُستنتج أنواع الأعمدة من القيم.</translation>
    </message>
    <message>
      <source>Reads a survey export (CSV with ; or , separators, XLSX with repeat sheets, an ODK Central zip, or a GeoJSON file) and, when given, the XLSForm it was collected with. Writes a GeoPackage holding the raw table exactly as received, a typed layer 'survey' (numbers, dates, choice labels in the chosen language beside the codes, points in EPSG:4326), one table per repeat group and a metadata table. Rows without a location are kept without geometry and counted. Without a form, column types are inferred from the values. An XLSX is read from its first visible sheet (hidden sheets are skipped) unless SHEET names another.</source>
      <translation type="vanished">يقرأ تصدير مسح (CSV بفواصل ; أو ,، أو XLSX بأوراق تكرار، أو ملف zip من ODK Central، أو ملف GeoJSON) و، عند تحديده، XLSForm الذي جُمعت به البيانات. يكتب GeoPackage يحتوي على الجدول الخام كما ورد، وطبقة مُنمَّطة 'survey' (أرقام، تواريخ، تسميات الخيارات باللغة المختارة بجانب الرموز، نقاط بـ EPSG:4326)، وجدولًا لكل مجموعة تكرار وجدول بيانات وصفية. تُحفظ الصفوف التي ليس لها موقع بلا هندسة وتُعدّ. بدون نموذج، تُستنتج أنواع الأعمدة من القيم. يُقرأ ملف XLSX من أول ورقة ظاهرة فيه (تُتخطى الأوراق المخفية) ما لم يحدد SHEET ورقة أخرى.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="60" />
      <source>Refresh</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="48" />
      <source>Remove</source>
      <translation>الإزالة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="124" />
      <source>Remove links and attachment file names</source>
      <translation>إزالة الروابط وأسماء ملفات المرفقات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="111" />
      <source>Remove links and attachment file names.</source>
      <translation>إزالة الروابط وأسماء ملفات المرفقات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="184" />
      <source>Remove links and attachment names</source>
      <translation>إزالة الروابط وأسماء المرفقات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="123" />
      <source>Remove locations</source>
      <translation>إزالة المواقع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="71" />
      <source>Remove the locations</source>
      <translation>إزالة المواقع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="98" />
      <source>Remove the locations.</source>
      <translation>إزالة المواقع.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="55" />
      <source>Remove the submission</source>
      <translation>حذف الإرسال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="85" />
      <source>Remove: {columns}</source>
      <translation>إزالة: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="90" />
      <source>Repeat groups (tables of their own): {repeats}.</source>
      <translation>مجموعات التكرار (جداول مستقلة): {repeats}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="65" />
      <source>Repeat rows added to submissions</source>
      <translation>صفوف التكرار المضافة إلى الإرسالات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="250" />
      <source>Replace (download every submission again)</source>
      <translation>استبدال (تنزيل جميع الإرسالات مجددًا)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="41" />
      <source>Replace it even when it holds another survey or decisions</source>
      <translation>استبداله حتى لو كان يحتوي على مسح آخر أو قرارات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/output_guard.py" line="63" />
      <source>Replace the existing file?</source>
      <translation>هل تريد استبدال الملف الموجود؟</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="71" />
      <source>Replace the schema if it exists</source>
      <translation>استبدال المخطط إن كان موجودًا</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/teams/replace.py" line="159" />
      <source>Replacing {schema} would lose %n decisions saved there by {who} that {file} does not hold. Nothing was written. Bring the survey back to a GeoPackage first (Bring a shared survey back to a GeoPackage) and run the checks there, or run the checks on the survey layer of the database, which keeps the decisions; to drop them, also choose 'Replace it even when it holds another survey or decisions'.</source>
      <translation>
        <numerusform>سيؤدي استبدال {schema} إلى فقدان %n قرار حفظها {who} هناك ولا يحتويها {file}. لم يُكتب أي شيء. أعد المسح أولًا إلى GeoPackage ('إعادة مسح مُشارَك إلى GeoPackage') وشغّل الفحوص هناك، أو شغّل الفحوص على طبقة المسح في قاعدة البيانات، التي تحتفظ بالقرارات؛ وللتخلي عنها، اختر أيضًا 'استبداله حتى لو كان يحتوي على مسح آخر أو قرارات'.</numerusform>
        <numerusform>سيؤدي استبدال {schema} إلى فقدان قرار واحد (%n) حفظه {who} هناك ولا يحتويه {file}. لم يُكتب أي شيء. أعد المسح أولًا إلى GeoPackage ('إعادة مسح مُشارَك إلى GeoPackage') وشغّل الفحوص هناك، أو شغّل الفحوص على طبقة المسح في قاعدة البيانات، التي تحتفظ بالقرارات؛ وللتخلي عنه، اختر أيضًا 'استبداله حتى لو كان يحتوي على مسح آخر أو قرارات'.</numerusform>
        <numerusform>سيؤدي استبدال {schema} إلى فقدان قرارين (%n) حفظهما {who} هناك ولا يحتويهما {file}. لم يُكتب أي شيء. أعد المسح أولًا إلى GeoPackage ('إعادة مسح مُشارَك إلى GeoPackage') وشغّل الفحوص هناك، أو شغّل الفحوص على طبقة المسح في قاعدة البيانات، التي تحتفظ بالقرارات؛ وللتخلي عنهما، اختر أيضًا 'استبداله حتى لو كان يحتوي على مسح آخر أو قرارات'.</numerusform>
        <numerusform>سيؤدي استبدال {schema} إلى فقدان %n قرارات حفظها {who} هناك ولا يحتويها {file}. لم يُكتب أي شيء. أعد المسح أولًا إلى GeoPackage ('إعادة مسح مُشارَك إلى GeoPackage') وشغّل الفحوص هناك، أو شغّل الفحوص على طبقة المسح في قاعدة البيانات، التي تحتفظ بالقرارات؛ وللتخلي عنها، اختر أيضًا 'استبداله حتى لو كان يحتوي على مسح آخر أو قرارات'.</numerusform>
        <numerusform>سيؤدي استبدال {schema} إلى فقدان %n قرارًا حفظها {who} هناك ولا يحتويها {file}. لم يُكتب أي شيء. أعد المسح أولًا إلى GeoPackage ('إعادة مسح مُشارَك إلى GeoPackage') وشغّل الفحوص هناك، أو شغّل الفحوص على طبقة المسح في قاعدة البيانات، التي تحتفظ بالقرارات؛ وللتخلي عنها، اختر أيضًا 'استبداله حتى لو كان يحتوي على مسح آخر أو قرارات'.</numerusform>
        <numerusform>سيؤدي استبدال {schema} إلى فقدان %n قرار حفظها {who} هناك ولا يحتويها {file}. لم يُكتب أي شيء. أعد المسح أولًا إلى GeoPackage ('إعادة مسح مُشارَك إلى GeoPackage') وشغّل الفحوص هناك، أو شغّل الفحوص على طبقة المسح في قاعدة البيانات، التي تحتفظ بالقرارات؛ وللتخلي عنها، اختر أيضًا 'استبداله حتى لو كان يحتوي على مسح آخر أو قرارات'.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="81" />
      <source>Reset</source>
      <translation>إعادة التعيين</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="257" />
      <source>Reset opens the training project again: {project}, with its %n layers, will be closed. Save it first?</source>
      <translation>
        <numerusform>إعادة التعيين تفتح مشروع التدريب من جديد: سيُغلق {project} بطبقاته الـ%n. هل تحفظه أولًا؟</numerusform>
        <numerusform>إعادة التعيين تفتح مشروع التدريب من جديد: سيُغلق {project}، وفيه طبقة واحدة (%n). هل تحفظه أولًا؟</numerusform>
        <numerusform>إعادة التعيين تفتح مشروع التدريب من جديد: سيُغلق {project}، وفيه اثنتان (%n) من الطبقات. هل تحفظه أولًا؟</numerusform>
        <numerusform>إعادة التعيين تفتح مشروع التدريب من جديد: سيُغلق {project} بطبقاته الـ%n. هل تحفظه أولًا؟</numerusform>
        <numerusform>إعادة التعيين تفتح مشروع التدريب من جديد: سيُغلق {project} بطبقاته الـ%n. هل تحفظه أولًا؟</numerusform>
        <numerusform>إعادة التعيين تفتح مشروع التدريب من جديد: سيُغلق {project} بطبقاته الـ%n. هل تحفظه أولًا؟</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="275" />
      <source>Reset the training</source>
      <translation>إعادة تعيين التدريب</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="281" />
      <source>Reset without saving</source>
      <translation>إعادة التعيين دون حفظ</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="93" />
      <source>Resets: {times}</source>
      <translation>مرات إعادة التعيين: {times}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="108" />
      <source>Resolution</source>
      <translation>الدقة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="188" />
      <source>Resolution (dpi)</source>
      <translation>الدقة (نقطة/بوصة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="146" />
      <source>Resolution of the export in dots per inch: 300 (default) for print, 150 for screens and e-mail, up to 1200. Higher is sharper and heavier: an A3 page in PNG at 600 dpi is about 7000 x 9900 pixels.</source>
      <translation>دقة التصدير بالنقاط في البوصة: 300 (الافتراضي) للطباعة، و150 للشاشات والبريد الإلكتروني، وحتى 1200. الأعلى أوضح وأثقل: صفحة A3 بصيغة PNG بدقة 600 نقطة/بوصة تبلغ نحو 7000 x 9900 بكسل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="47" />
      <source>Returned field package (zip, manifest.json or GeoPackage)</source>
      <translation>الحزمة الميدانية المُعادة (zip أو manifest.json أو GeoPackage)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="35" />
      <source>Review sheet</source>
      <translation>ورقة المراجعة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="85" />
      <source>Review sheet (CSV or XLSX)</source>
      <translation>ورقة المراجعة (CSV أو XLSX)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="85" />
      <source>Review sheets (*.xlsx *.csv)</source>
      <translation>أوراق المراجعة (*.xlsx *.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="235" />
      <source>Review the cleaning log</source>
      <translation>مراجعة سجل التنظيف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="41" />
      <source>Reviewer</source>
      <translation>المُراجِع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="57" />
      <source>Reviewer role</source>
      <translation>دور المراجِع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="205" />
      <source>Risk</source>
      <translation>الخطر</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="256" />
      <source>Robust z-score: how many typical deviations (median absolute deviation) a number lies from the median. 3.5 is usual.</source>
      <translation>الدرجة المعيارية المتينة (z-score): كم انحرافًا نموذجيًا (الانحراف المطلق عن الوسيط) يبعد الرقم عن الوسيط. القيمة المعتادة 3.5.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="44" />
      <source>Round numbers as class limits.</source>
      <translation>أعداد مُقرَّبة كحدود للفئات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="44" />
      <source>Rounded breaks</source>
      <translation>فواصل مُقرَّبة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="44" />
      <source>Row {row} of the cleaning log</source>
      <translation>الصف {row} من سجل التنظيف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="42" />
      <source>Row {row} of the cleaning log {file}</source>
      <translation>الصف {row} من سجل التنظيف {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="47" />
      <source>Row {row} of the cleaning log {file} changes {column}, the label the import derives from {answer}: it was applied to {answer} (new value '{code}'), and the label follows.</source>
      <translation>الصف {row} من سجل التنظيف {file} يغيّر {column}، وهي التسمية التي يستخرجها الاستيراد من {answer}: طُبّق على {answer} (القيمة الجديدة '{code}')، وتتبعه التسمية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="52" />
      <source>Row {row} of the cleaning log {file} empties {column}, the label the import derives from {answer}: {answer} was emptied, and the label follows.</source>
      <translation>الصف {row} من سجل التنظيف {file} يُفرغ {column}، وهي التسمية التي يستخرجها الاستيراد من {answer}: أُفرغ {answer}، وتتبعه التسمية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="151" />
      <source>Row {row} of the cleaning log {file} has {count} cells for {columns} columns: a value holds the separator (a decimal comma in a comma-separated file?). Put that value in quotes, or save the log with semicolons.</source>
      <translation>الصف {row} من سجل التنظيف {file} فيه {count} خلايا مقابل {columns} أعمدة: قيمة تحتوي على الفاصل (فاصلة عشرية في ملف مفصول بفواصل؟). ضع تلك القيمة بين علامتي اقتباس، أو احفظ السجل بفواصل منقوطة.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="35" />
      <source>Row {row} of the cleaning log {file}: %n submissions have the uuid {uuid} ({ids}) and each has {column} '{old}': each was removed.</source>
      <translation>
        <numerusform>الصف {row} من سجل التنظيف {file}: %n إرسال تحمل المعرّف uuid {uuid} ({ids}) وقيمة {column} في كل منها «{old}»: حُذف كل منها.</numerusform>
        <numerusform>الصف {row} من سجل التنظيف {file}: إرسال واحد (%n) يحمل المعرّف uuid {uuid} ({ids}) وقيمة {column} فيه «{old}»: حُذف.</numerusform>
        <numerusform>الصف {row} من سجل التنظيف {file}: إرسالان (%n) يحملان المعرّف uuid {uuid} ({ids}) وقيمة {column} في كل منهما «{old}»: حُذف كلاهما.</numerusform>
        <numerusform>الصف {row} من سجل التنظيف {file}: %n إرسالات تحمل المعرّف uuid {uuid} ({ids}) وقيمة {column} في كل منها «{old}»: حُذف كل منها.</numerusform>
        <numerusform>الصف {row} من سجل التنظيف {file}: %n إرسالًا تحمل المعرّف uuid {uuid} ({ids}) وقيمة {column} في كل منها «{old}»: حُذف كل منها.</numerusform>
        <numerusform>الصف {row} من سجل التنظيف {file}: %n إرسال تحمل المعرّف uuid {uuid} ({ids}) وقيمة {column} في كل منها «{old}»: حُذف كل منها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="113" />
      <source>Row {row} of the cleaning log {file}: %n submissions have the uuid {uuid} ({ids}); {column} was changed in each of them.</source>
      <translation>
        <numerusform>الصف {row} من سجل التنظيف {file}: %n إرسال تحمل المعرّف uuid {uuid} ({ids})؛ وقد غُيّر {column} في كل منها.</numerusform>
        <numerusform>الصف {row} من سجل التنظيف {file}: إرسال واحد (%n) يحمل المعرّف uuid {uuid} ({ids})؛ وقد غُيّر {column} في كل منها.</numerusform>
        <numerusform>الصف {row} من سجل التنظيف {file}: إرسالان (%n) يحملان المعرّف uuid {uuid} ({ids})؛ وقد غُيّر {column} في كل منها.</numerusform>
        <numerusform>الصف {row} من سجل التنظيف {file}: %n إرسالات تحمل المعرّف uuid {uuid} ({ids})؛ وقد غُيّر {column} في كل منها.</numerusform>
        <numerusform>الصف {row} من سجل التنظيف {file}: %n إرسالًا تحمل المعرّف uuid {uuid} ({ids})؛ وقد غُيّر {column} في كل منها.</numerusform>
        <numerusform>الصف {row} من سجل التنظيف {file}: %n إرسال تحمل المعرّف uuid {uuid} ({ids})؛ وقد غُيّر {column} في كل منها.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_times.py" line="87" />
      <source>Row {row} of the cleaning log {file}: '{value}' has no UTC offset, and {column} is kept in UTC while the survey gives no offset for that submission. Write it with its offset, e.g. 2021-07-05T10:40:00+03:00 (Z for UTC).</source>
      <translation>الصف {row} من سجل التنظيف {file}: «{value}» بلا فارق توقيت عن UTC، والعمود {column} محفوظ بتوقيت UTC بينما لا يعطي المسح أي فارق توقيت لذلك الإرسال. اكتب القيمة مع فارق توقيتها، مثل 2021-07-05T10:40:00+03:00 (Z لتوقيت UTC).</translation>
    </message>
    <message>
      <source>Row {row} of the cleaning log {file}: '{value}' is not a valid value for the field {field}.</source>
      <translation type="vanished">الصف {row} من سجل التنظيف {file}: «{value}» ليست قيمة صالحة للحقل {field}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="325" />
      <source>Row {row} of the cleaning log {file}: the submission {uuid} is already removed by row {first}.</source>
      <translation>الصف {row} من سجل التنظيف {file}: الإرسال {uuid} أُزيل بالفعل في الصف {first}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="317" />
      <source>Row {row} of the cleaning log {file}: the submission {uuid} is no longer duplicated in this layer (the row was already applied, or its other copies are gone): it was kept.</source>
      <translation>الصف {row} من سجل التنظيف {file}: لم يعد الإرسال {uuid} مكررًا في هذه الطبقة (سبق تطبيق الصف، أو زالت نسخه الأخرى): احتُفظ به.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="45" />
      <source>Row {row} of the cleaning log {file}: {count} submissions have the uuid {uuid} ({ids}); only {id}, whose {column} is '{old}', was changed.</source>
      <translation>الصف {row} من سجل التنظيف {file}: {count} من الإرسالات تحمل المعرّف uuid {uuid} ({ids})؛ ولم يُغيَّر إلا الإرسال {id} الذي قيمة {column} فيه «{old}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="50" />
      <source>Row {row} of the cleaning log {file}: {count} submissions have the uuid {uuid} ({ids}); only {id}, whose {column} is '{old}', was removed.</source>
      <translation>الصف {row} من سجل التنظيف {file}: {count} من الإرسالات تحمل المعرّف uuid {uuid} ({ids})؛ ولم يُحذف إلا الإرسال {id} الذي قيمة {column} فيه «{old}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="443" />
      <source>Row {row} of the cleaning log {file}: {problem}; the row was skipped.</source>
      <translation>الصف {row} من سجل التنظيف {file}: {problem}؛ تم تخطي الصف.</translation>
    </message>
    <message>
      <source>Row {row} of the cleaning log: '{value}' is not a valid value for {column}.</source>
      <translation type="vanished">الصف {row} من سجل التنظيف: «{value}» ليست قيمة صالحة لـ {column}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="54" />
      <source>Row {row} of the export file {file}: {problem}. Its decision cannot be read: the file was not replaced.</source>
      <translation>الصف {row} من ملف التصدير {file}: {problem}. لا يمكن قراءة قراره: لم يُستبدل الملف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="354" />
      <source>Row {row} of the review sheet {file}: {problem}; its decision was not saved.</source>
      <translation>الصف {row} من ورقة المراجعة {file}: {problem}؛ لم يُحفظ قراره.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="158" />
      <source>Row {row} of the sheet {sheet} of {file}: {problem}; the cell was read as empty.</source>
      <translation>الصف {row} من الورقة {sheet} في {file}: {problem}؛ قُرئت الخلية على أنها فارغة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="318" />
      <source>Row {row} of the survey sheet of {file}: '{name}' has no type; ignored.</source>
      <translation>الصف {row} من الورقة survey في {file}: «{name}» بلا نوع؛ تم تجاهله.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="349" />
      <source>Row {row} of the survey sheet of {file}: '{type}' names no choice list.</source>
      <translation>الصف {row} من الورقة survey في {file}: «{type}» لا يحدد أي قائمة خيارات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="340" />
      <source>Row {row} of the survey sheet of {file}: '{type}' without a matching begin.</source>
      <translation>الصف {row} من الورقة survey في {file}: «{type}» دون «begin» مطابق.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="472" />
      <source>Row {row} of the survey sheet of {file}: the loop '{name}' runs over the list '{list}', which has no choices; its questions are ignored.</source>
      <translation>الصف {row} من ورقة survey في {file}: الحلقة '{name}' تمر على القائمة '{list}' التي ليس فيها خيارات؛ تُتجاهل الأسئلة التابعة لها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="412" />
      <source>Row {row} of the survey sheet of {file}: the name '{name}' is used twice.</source>
      <translation>الصف {row} من الورقة survey في {file}: الاسم «{name}» مستخدم مرتين.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="184" />
      <source>Row {row} of the table {table}, column {column}: the text is not valid UTF-8 (another program wrote it), and PostgreSQL cannot store it. Nothing was written. Correct that value in the GeoPackage, or import the survey again from its export.</source>
      <translation>الصف {row} من الجدول {table}، العمود {column}: النص ليس بترميز UTF-8 صالح (كتبه برنامج آخر)، ولا يستطيع PostgreSQL تخزينه. لم يُكتب أي شيء. صحّح هذه القيمة في GeoPackage، أو استورد المسح مجددًا من ملف تصديره.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="128" />
      <source>Row {row} of {file}, column change_type: '{value}' is not one of {allowed}.</source>
      <translation>الصف {row} من {file}، العمود change_type: '{value}' ليس من {allowed}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="140" />
      <source>Row {row} of {file}, column {column}: '{value}' is not a number; keep the log_id and version columns as exported.</source>
      <translation>الصف {row} من {file}، العمود {column}: '{value}' ليس رقمًا؛ أبقِ العمودين log_id وversion كما صُدّرا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="322" />
      <source>Row {row}, column {column}: {message}</source>
      <translation>الصف {row}، العمود {column}: {message}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="33" />
      <source>Rows copied</source>
      <translation>الصفوف المنسوخة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="226" />
      <source>Rows in the cleaning log</source>
      <translation>صفوف سجل التنظيف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="132" />
      <source>Rows in the log</source>
      <translation>الصفوف في السجل</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="230" />
      <source>Rows raised by the check: {check}</source>
      <translation>الصفوف التي أثارها الفحص: {check}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="96" />
      <source>Rows unchanged</source>
      <translation>الصفوف التي لم تتغير</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="228" />
      <source>Rows waiting for a decision</source>
      <translation>صفوف بانتظار قرار</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="189" />
      <source>Rows written</source>
      <translation>الصفوف المكتوبة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/apply.py" line="296" />
      <source>Rows {first} and {row} of the cleaning log {file} give {column} of {uuid} different values ('{value}', then '{new}'): the last one is applied.</source>
      <translation>يعطي الصفّان {first} و{row} من سجل التنظيف {file} للحقل {column} من {uuid} قيمتين مختلفتين ('{value}' ثم '{new}'): تُطبَّق الأخيرة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="63" />
      <source>Run data-quality checks</source>
      <translation>تشغيل فحوصات جودة البيانات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="117" />
      <source>Run the checks</source>
      <translation>تشغيل الفحوصات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="181" />
      <source>SVG (*.svg)</source>
      <translation>‏SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="91" />
      <source>SVG (for designers)</source>
      <translation>‏SVG (للمصممين)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="95" />
      <source>Same {keys} as submission {uuid}.</source>
      <translation>قيم {keys} نفسها كما في الإرسال {uuid}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="213" />
      <source>Save a new key to a file…</source>
      <translation>حفظ مفتاح جديد في ملف…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="95" />
      <source>Save each repeat group's own CSV beside this file, named {stem}-&lt;repeat&gt;.csv, and import it again.</source>
      <translation>احفظ ملف CSV الخاص بكل مجموعة تكرار بجوار هذا الملف، باسم {stem}-&lt;repeat&gt;.csv، ثم استورد هذا الملف مجددًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="68" />
      <source>Save review decisions in the shared cleaning log</source>
      <translation>حفظ قرارات المراجعة في سجل التنظيف المشترك</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="121" />
      <source>Save this connection in the QGIS authentication manager as</source>
      <translation>حفظ هذا الاتصال في مدير المصادقة في QGIS باسم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="139" />
      <source>Save to the GeoPackage</source>
      <translation>الحفظ في ملف GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="280" />
      <source>Save, then reset</source>
      <translation>حفظ ثم إعادة التعيين</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="283" />
      <source>Save, then start</source>
      <translation>الحفظ ثم البدء</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="467" />
      <source>Saved as '{name}' in the QGIS authentication manager.</source>
      <translation>حُفظ باسم «{name}» في مدير المصادقة في QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="87" />
      <source>Saved connection</source>
      <translation>اتصال محفوظ</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="71" />
      <source>Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared in PostgreSQL. The database records who saved each decision and when. A decision on a row that someone else decided since the sheet was exported is refused, and both decisions are listed: export a new sheet to see theirs. A decision whose log row now holds another submission, question or old value is refused, and a sheet exported from another survey's log is refused whole. Rows left unchanged are not written. A decision held in a formula whose result the sheet never saved (a sheet written by a program, not opened and saved in a spreadsheet) is skipped and named. Needs the survey's reviewer role.</source>
      <translation>يحفظ قرارات ورقة المراجعة (من 'تصدير ورقة مراجعة') في سجل التنظيف المشترك في PostgreSQL. تسجل قاعدة البيانات من حفظ كل قرار ومتى. يُرفض القرار بشأن صف قرّر فيه شخص آخر منذ تصدير الورقة، ويُدرج القراران كلاهما: صدّر ورقة جديدة لترى قراره. ويُرفض القرار الذي يحتوي صفه في السجل الآن على إرسال آخر أو سؤال آخر أو قيمة قديمة أخرى، وتُرفض بالكامل الورقة المصدَّرة من سجل مسح آخر. لا تُكتب الصفوف التي لم تتغير. يتم تخطي القرار الموجود في صيغة لم تحفظ الورقة نتيجتها أبدًا (ورقة كتبها برنامج، ولم تُفتح وتُحفظ في برنامج جدول البيانات) ويُذكر. يحتاج إلى دور المراجِع الخاص بالمسح.</translation>
    </message>
    <message>
      <source>Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared in PostgreSQL. The database records who saved each decision and when. A decision on a row that someone else decided since the sheet was exported is refused, and both decisions are listed: export a new sheet to see theirs. A decision whose log row now holds another submission, question or old value is refused, and a sheet exported from another survey's log is refused whole. Rows left unchanged are not written. Needs the survey's reviewer role.</source>
      <translation type="vanished">يحفظ قرارات ورقة المراجعة (من 'تصدير ورقة مراجعة') في سجل التنظيف المشترك في PostgreSQL. تسجل قاعدة البيانات من حفظ كل قرار ومتى. يُرفض القرار بشأن صف قرّر فيه شخص آخر منذ تصدير الورقة، ويُدرج القراران كلاهما: صدّر ورقة جديدة لترى قراره. ويُرفض القرار الذي يحتوي صفه في السجل الآن على إرسال آخر أو سؤال آخر أو قيمة قديمة أخرى، وتُرفض بالكامل الورقة المصدَّرة من سجل مسح آخر. لا تُكتب الصفوف التي لم تتغير. يحتاج إلى دور المراجِع الخاص بالمسح.</translation>
    </message>
    <message>
      <source>Saves the decisions of a review sheet (from 'Export a review sheet') in the cleaning log shared in PostgreSQL. The database records who saved each decision and when. A decision on a row that someone else decided since the sheet was exported is refused, and both decisions are listed: export a new sheet to see theirs. Rows left unchanged are not written. Needs the survey's reviewer role.</source>
      <translation type="vanished">يحفظ قرارات ورقة المراجعة (من 'تصدير ورقة مراجعة') في سجل التنظيف المشترك في PostgreSQL. تسجل قاعدة البيانات من حفظ كل قرار ومتى. يُرفض القرار بشأن صف قرّر فيه شخص آخر منذ تصدير الورقة، ويُدرج القراران كلاهما: صدّر ورقة جديدة لترى قراره. لا تُكتب الصفوف التي لم تتغير. يحتاج إلى دور المراجِع الخاص بالمسح.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="68" />
      <source>Schema for the survey in PostgreSQL</source>
      <translation>مخطط المسح في PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="58" />
      <source>Search by name or form ID</source>
      <translation>البحث بالاسم أو بمعرّف النموذج</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="93" />
      <source>Search uuid, question, values, issue…</source>
      <translation>ابحث عن uuid أو سؤال أو قيم أو مشكلة…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="111" />
      <source>See the table {table} and {csv}.</source>
      <translation>انظر الجدول {table} و{csv}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="113" />
      <source>See the table {table} in {file}.</source>
      <translation>انظر الجدول {table} في {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="60" />
      <source>Sensitive</source>
      <translation>حساس</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="88" />
      <source>Server</source>
      <translation>الخادم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="90" />
      <source>Server address</source>
      <translation>عنوان الخادم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="34" />
      <source>Server address (kf.kobotoolbox.org, eu.kobotoolbox.org, your own server)</source>
      <translation>عنوان الخادم (kf.kobotoolbox.org، eu.kobotoolbox.org، خادمك الخاص)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="58" />
      <source>Server and login</source>
      <translation>الخادم وتسجيل الدخول</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="183" />
      <source>Several gazetteer names fit equally well (score {score}): {places}. Choose one.</source>
      <translation>عدة أسماء في المعجم الجغرافي مناسبة بالقدر نفسه (الدرجة {score}): {places}. اختر واحدًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/report.py" line="161" />
      <source>Several new submissions of the field copy have the same _uuid ({uuids}): they were all added; check whether they are the same household and remove the copies by a remove_survey decision.</source>
      <translation>لعدة إرسالات جديدة في النسخة الميدانية المعرّف _uuid نفسه ({uuids}): أُضيفت كلها؛ تحقّق مما إذا كانت الأسرة نفسها واحذف النسخ المكررة بقرار remove_survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="26" />
      <source>Share a survey in PostgreSQL (PostGIS)</source>
      <translation>مشاركة مسح في PostgreSQL ‏(PostGIS)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="94" />
      <source>Share of submissions (%)</source>
      <translation>نسبة الإرسالات (%)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="44" />
      <source>Share of submissions answering “{answer}”</source>
      <translation>نسبة الإرسالات التي أجابت «{answer}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="46" />
      <source>Share of submissions giving the chosen answer, by admin area</source>
      <translation>نسبة الإرسالات التي أعطت الإجابة المختارة، حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="145" />
      <source>Shared file</source>
      <translation>الملف المراد مشاركته</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="69" />
      <source>Sheet holding the submissions (XLSX; empty: the first visible sheet)</source>
      <translation>الورقة التي تحتوي على الإرسالات (XLSX؛ فارغ: أول ورقة ظاهرة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="77" />
      <source>Shorter than {limit} minutes.</source>
      <translation>أقل من {limit} دقيقة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="266" />
      <source>Shortest plausible interview</source>
      <translation>أقصر مدة معقولة للمقابلة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="159" />
      <source>Shortest plausible interview (minutes)</source>
      <translation>أقصر مدة معقولة للمقابلة (بالدقائق)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="286" />
      <source>Show choice labels instead of codes in forms and tables</source>
      <translation>عرض تسميات الخيارات بدلًا من الرموز في النماذج والجداول</translation>
    </message>
    <message>
      <source>Show the submissions as points on the map</source>
      <translation type="vanished">عرض الإرسالات كنقاط على الخريطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/prepare_field_package.py" line="90" />
      <source>Size of the package (bytes)</source>
      <translation>حجم الحزمة (بايت)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="164" />
      <source>Smallest count shown (k)</source>
      <translation>أصغر عدد معروض (k)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="132" />
      <source>Smallest displacement (m)</source>
      <translation>أدنى إزاحة (م)</translation>
    </message>
    <message>
      <source>Smallest group (k)</source>
      <translation type="vanished">أصغر مجموعة (k)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="69" />
      <source>Snap points to a grid</source>
      <translation>إلصاق النقاط بشبكة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="97" />
      <source>Snap points to a {size:.0f} m grid.</source>
      <translation>إلصاق النقاط بشبكة بحجم {size:.0f} م.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="74" />
      <source>Snapping: the size of the grid cells in metres (default 1000); each point goes to the centre of its cell.</source>
      <translation>المحاذاة: حجم خلايا الشبكة بالأمتار (الافتراضي 1000)؛ تنتقل كل نقطة إلى مركز خليتها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="225" />
      <source>Sources: {sources}</source>
      <translation>المصادر: {sources}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="35" />
      <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
      <translation>جدول البيانات (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="64" />
      <source>Staff name</source>
      <translation>اسم أحد العاملين</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="275" />
      <source>Start a training session</source>
      <translation>بدء جلسة تدريب</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="51" />
      <source>Start training session…</source>
      <translation>بدء جلسة تدريب…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="284" />
      <source>Start without saving</source>
      <translation>البدء دون حفظ</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="66" />
      <source>Started: {time}</source>
      <translation>البداية: {time}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="214" />
      <source>Statistic</source>
      <translation>الإحصاء</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="83" />
      <source>Statistic: count, share (of the answer), mean or median (of the numeric question); empty: share when a question is given, else count</source>
      <translation>الإحصاء: count (العدد)، أو share (نسبة الإجابة)، أو mean (المتوسط) أو median (الوسيط) للسؤال الرقمي؛ فارغ: share عند تحديد سؤال، وإلا count</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="74" />
      <source>Step</source>
      <translation>الخطوة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="177" />
      <source>Step done: {steps}</source>
      <translation>الخطوات المنجزة: {steps}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="68" />
      <source>Steps done: {done} of {total}</source>
      <translation>الخطوات المنجزة: {done} من {total}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="74" />
      <source>Steps tick themselves when their result appears. Double-click a step for its help page.</source>
      <translation>تُعلَّم الخطوات تلقائيًا عند ظهور نتيجتها. انقر نقرًا مزدوجًا على خطوة لفتح صفحة المساعدة الخاصة بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="209" />
      <source>Stop above this number of tiles</source>
      <translation>التوقف عند تجاوز هذا العدد من البلاطات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="33" />
      <source>Submission</source>
      <translation>الإرسال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="113" />
      <source>Submission (GPS location)</source>
      <translation>إرسال (موقع GPS)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="55" />
      <source>Submission uuid {uuid} appears more than once; this copy (_index {row}) repeats an earlier one. Choose remove_survey to drop the later copies (the first one is kept).</source>
      <translation>يظهر uuid الإرسال {uuid} أكثر من مرة؛ هذه النسخة (_index {row}) تكرر إرسالًا سابقًا. اختر remove_survey لحذف النسخ اللاحقة (تُحفظ النسخة الأولى).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="164" />
      <source>Submission {id} from {host}: the answer to {fields} held a character that is not valid text (half of an emoji, or text not in UTF-8); it was replaced by {mark}, the rest is kept as sent.</source>
      <translation>الإرسال {id} من {host}: احتوت الإجابة عن {fields} على حرف ليس نصًا صالحًا (نصف رمز تعبيري، أو نص ليس بترميز UTF-8)؛ استُبدل بـ {mark}، وبقي الباقي كما أُرسل.</translation>
    </message>
    <message>
      <source>Submission {uuid} was removed in the office and kept in the field: it was not added back.</source>
      <translation type="vanished">الإرسال {uuid} أُزيل في المكتب وأُبقي عليه في الميدان: لم تتم إعادة إضافته.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="68" />
      <source>Submissions</source>
      <translation>الإرسالات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="83" />
      <source>Submissions answering the numeric question</source>
      <translation>الإرسالات التي تجيب عن السؤال الرقمي</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="82" />
      <source>Submissions answering {question}</source>
      <translation>الإرسالات التي تجيب عن {question}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="78" />
      <source>Submissions answering {question} = {answer}</source>
      <translation>الإرسالات التي فيها {question} = {answer}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="183" />
      <source>Submissions answering “{answer}” (%)</source>
      <translation>الإرسالات التي أجابت «{answer}» (%)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="227" />
      <source>Submissions flagged</source>
      <translation>الإرسالات المُعلَّمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="79" />
      <source>Submissions giving the chosen answer</source>
      <translation>الإرسالات التي تعطي الإجابة المختارة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="75" />
      <source>Submissions imported</source>
      <translation>الإرسالات المستوردة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="49" />
      <source>Submissions in the GeoPackage</source>
      <translation>الإرسالات الموجودة في ملف GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="51" />
      <source>Submissions kept from an interrupted download, not downloaded again</source>
      <translation>الإرسالات المحتفَظ بها من تنزيل متوقف، ولم تُنزَّل من جديد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_repeats.py" line="203" />
      <source>Submissions of form {id} were deleted on {host} while the download read their repeats: some submissions downloaded may lack their repeat rows. Download again.</source>
      <translation>حُذفت إرسالات من النموذج {id} على {host} بينما كان التنزيل يقرأ تكراراتها: قد تفتقد بعض الإرسالات المنزَّلة صفوف التكرار الخاصة بها. أعد التنزيل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="111" />
      <source>Submissions per admin area</source>
      <translation>الإرسالات حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="367" />
      <source>Submissions per area</source>
      <translation>الإرسالات حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="63" />
      <source>Submissions removed</source>
      <translation>الإرسالات المُزالة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="76" />
      <source>Submissions without location</source>
      <translation>الإرسالات بلا موقع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="85" />
      <source>Subtitle</source>
      <translation>العنوان الفرعي</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="231" />
      <source>Summary</source>
      <translation>الملخص</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="232" />
      <source>Summary written to {file}</source>
      <translation>حُفظ الملخص في {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="67" />
      <source>Summary written: {time}</source>
      <translation>أُنشئ الملخص: {time}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="50" />
      <source>Survey</source>
      <translation>المسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="220" />
      <source>Survey GeoPackage</source>
      <translation>ملف GeoPackage للمسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="90" />
      <source>Survey GeoPackages</source>
      <translation>ملفات GeoPackage المسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="117" />
      <source>Survey data workflow</source>
      <translation>سلسلة معالجة بيانات المسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="245" />
      <source>Survey export</source>
      <translation>تصدير المسح</translation>
    </message>
    <message>
      <source>Survey export (CSV, XLSX or zip)</source>
      <translation type="vanished">تصدير المسح (CSV أو XLSX أو zip)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="52" />
      <source>Survey export (CSV, XLSX, zip or JSON)</source>
      <translation>تصدير المسح (CSV أو XLSX أو zip أو JSON)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="100" />
      <source>Survey export and its form</source>
      <translation>تصدير المسح ونموذجه</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/import_survey.py" line="54" />
      <source>Survey exports (*.csv *.CSV *.xlsx *.XLSX *.zip *.ZIP *.geojson *.json);;All files (*)</source>
      <translation>تصديرات المسح (*.csv *.CSV *.xlsx *.XLSX *.zip *.ZIP *.geojson *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="110" />
      <source>Survey exports (*.csv *.xlsx *.zip *.geojson *.json);;All files (*)</source>
      <translation>تصديرات المسح (*.csv *.xlsx *.zip *.geojson *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="71" />
      <source>Survey layer</source>
      <translation>طبقة المسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="41" />
      <source>Survey layer and form</source>
      <translation>طبقة المسح والنموذج</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="46" />
      <source>Survey layer or table</source>
      <translation>طبقة المسح أو جدوله</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="71" />
      <source>Survey points (optional)</source>
      <translation>نقاط المسح (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="56" />
      <source>Survey schema</source>
      <translation>مخطط المسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="77" />
      <source>Survey schema in PostgreSQL</source>
      <translation>مخطط المسح في PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="44" />
      <source>Survey submissions</source>
      <translation>إرسالات المسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="70" />
      <source>Survey submissions by admin area</source>
      <translation>إرسالات المسح حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/attachments.py" line="230" />
      <source>Survey: attachments open from the form</source>
      <translation>المسح: المرفقات تُفتح من النموذج</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="268" />
      <source>Suspicious interviews by one device</source>
      <translation>مقابلات مريبة من الجهاز نفسه</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="193" />
      <source>Suspicious number of interviews by one device ...</source>
      <translation>عدد مريب من المقابلات من الجهاز نفسه ...</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="123" />
      <source>Teams (PostgreSQL)</source>
      <translation>الفرق (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="131" />
      <source>Test the connection</source>
      <translation>اختبار الاتصال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="88" />
      <source>Text: {encoding}.</source>
      <translation>النص: {encoding}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="238" />
      <source>The 'survey' sheet of {file} needs the columns 'type' and 'name'.</source>
      <translation>تحتاج الورقة «survey» في {file} إلى العمودين «type» و«name».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/plugin.py" line="38" />
      <source>The CartONG Processing provider is already registered.</source>
      <translation>مزوّد المعالجة CartONG مسجَّل بالفعل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="69" />
      <source>The GeoPackage is not the survey shared in {schema}: row {row} of {table} differs. Nothing was written. Share it under another schema, or replace that schema.</source>
      <translation>ملف GeoPackage ليس المسح المشترك في {schema}: الصف {row} من {table} مختلف. لم يُكتب شيء. شاركه تحت مخطط آخر، أو استبدل ذلك المخطط.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="111" />
      <source>The GeoPackage to write the table 'cleaning_log' into, e.g. cleaning.gpkg. Empty: the survey's own GeoPackage, beside the data it is about; the survey tables are not changed.</source>
      <translation>ملف GeoPackage الذي يُكتب فيه جدول التنظيف 'cleaning_log'، مثل cleaning.gpkg. فارغ: ملف GeoPackage الخاص بالمسح نفسه، بجوار البيانات التي يتعلق بها؛ ولا تُغيَّر جداول المسح.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="31" />
      <source>The GeoPackage to write; an existing file is replaced only when the new one is complete.</source>
      <translation>ملف GeoPackage المراد كتابته؛ لا يُستبدل ملف موجود إلا عند اكتمال الملف الجديد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="58" />
      <source>The GeoPackage {file} cannot be created: {reason}</source>
      <translation>لا يمكن إنشاء ملف GeoPackage {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="93" />
      <source>The GeoPackage {file} cannot be opened for writing: {error}</source>
      <translation>لا يمكن فتح ملف GeoPackage {file} للكتابة: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="324" />
      <source>The GeoPackage {file} cannot be written: {reason}. Choose another folder or close the program using it.</source>
      <translation>لا يمكن كتابة ملف GeoPackage {file}: {reason}. اختر مجلدًا آخر أو أغلق البرنامج الذي يستخدمه.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/outputs.py" line="192" />
      <source>The GeoPackage {file} holds %n cleaning decisions: writing the survey in its place would lose them. Choose a new GeoPackage, or export the cleaning log first (cleaning wizard, Export) and then delete the file.</source>
      <translation>
        <numerusform>يحوي ملف GeoPackage ‏{file} %n قرار تنظيف: كتابة المسح مكانه ستُضيّعها. اختر ملف GeoPackage جديدًا، أو صدّر سجل التنظيف أولًا (معالج التنظيف، تصدير…) ثم احذف الملف.</numerusform>
        <numerusform>يحوي ملف GeoPackage ‏{file} قرار تنظيف واحدًا (%n): كتابة المسح مكانه ستُضيّعها. اختر ملف GeoPackage جديدًا، أو صدّر سجل التنظيف أولًا (معالج التنظيف، تصدير…) ثم احذف الملف.</numerusform>
        <numerusform>يحوي ملف GeoPackage ‏{file} قرارَي تنظيف (%n): كتابة المسح مكانه ستُضيّعها. اختر ملف GeoPackage جديدًا، أو صدّر سجل التنظيف أولًا (معالج التنظيف، تصدير…) ثم احذف الملف.</numerusform>
        <numerusform>يحوي ملف GeoPackage ‏{file} %n قرارات تنظيف: كتابة المسح مكانه ستُضيّعها. اختر ملف GeoPackage جديدًا، أو صدّر سجل التنظيف أولًا (معالج التنظيف، تصدير…) ثم احذف الملف.</numerusform>
        <numerusform>يحوي ملف GeoPackage ‏{file} %n قرارًا للتنظيف: كتابة المسح مكانه ستُضيّعها. اختر ملف GeoPackage جديدًا، أو صدّر سجل التنظيف أولًا (معالج التنظيف، تصدير…) ثم احذف الملف.</numerusform>
        <numerusform>يحوي ملف GeoPackage ‏{file} %n قرار تنظيف: كتابة المسح مكانه ستُضيّعها. اختر ملف GeoPackage جديدًا، أو صدّر سجل التنظيف أولًا (معالج التنظيف، تصدير…) ثم احذف الملف.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/damaged_files.py" line="45" />
      <source>The GeoPackage {file} is damaged: SQLite cannot read all of it (a copy cut short, a failing disk or USB stick). Take it from a backup, or import the survey again into a new GeoPackage, then run again.</source>
      <translation>ملف GeoPackage {file} تالف: لا يستطيع SQLite قراءته كاملًا (نسخة انقطعت قبل اكتمالها، أو قرص أو ذاكرة USB معطوبة). استعِده من نسخة احتياطية، أو استورد المسح مرة أخرى إلى ملف GeoPackage جديد، ثم أعد التشغيل.</translation>
    </message>
    <message>
      <source>The MBTiles file to write, e.g. bangui_basemap.mbtiles; QGIS and QField open it without network. When no tile can be made, a vector background GeoPackage is written beside it.</source>
      <translation type="vanished">ملف MBTiles المراد كتابته، مثل bangui_basemap.mbtiles؛ يفتحه QGIS وQField دون شبكة. حين يتعذر إنشاء أي بلاطة، يُكتب بجواره ملف GeoPackage لخلفية متجهية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="36" />
      <source>The MBTiles file to write, e.g. bangui_basemap.mbtiles; QGIS and QField open it without network. When tiles could not be downloaded, the run says how many and at which zooms, and an existing file is kept: the incomplete basemap goes beside it (name_partial.mbtiles). When no tile can be made, a vector background is written beside it (name_background.gpkg), never over another file.</source>
      <translation>ملف MBTiles المراد كتابته، مثل bangui_basemap.mbtiles؛ يفتحه QGIS وQField دون شبكة. حين يتعذر تنزيل بعض البلاطات، يذكر التشغيل عددها ومستويات التكبير التي تخصها، ويُبقى على الملف الموجود: تُكتب خريطة الأساس الناقصة بجواره (name_partial.mbtiles). حين يتعذر إنشاء أي بلاطة، تُكتب بجواره خلفية متجهية (name_background.gpkg)، ولا تُكتب أبدًا فوق ملف آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="92" />
      <source>The P-code field of the admin areas, matched to the survey's area column, e.g. adm2_pcode. Default adm2_pcode.</source>
      <translation>حقل P-code في الوحدات الإدارية، المطابَق مع عمود الوحدة في المسح، مثل adm2_pcode. الافتراضي adm2_pcode.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="31" />
      <source>The PostgreSQL connections saved in QGIS (Browser &gt; PostgreSQL). The password stays in the connection's authentication configuration.</source>
      <translation>اتصالات PostgreSQL المحفوظة في QGIS (المتصفح &gt; PostgreSQL). تبقى كلمة المرور في إعداد المصادقة الخاص بالاتصال.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/shared_log.py" line="49" />
      <source>The PostgreSQL layer names no schema: open the survey layer from its schema in the Browser (PostgreSQL &gt; connection &gt; schema &gt; survey).</source>
      <translation>طبقة PostgreSQL لا تسمّي أي مخطط: افتح طبقة المسح من مخططها في المتصفح (PostgreSQL &gt; الاتصال &gt; المخطط &gt; survey).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="124" />
      <source>The PostgreSQL password cannot be read: {reason}</source>
      <translation>لا يمكن قراءة كلمة المرور الخاصة بـ PostgreSQL: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/teams_common.py" line="31" />
      <source>The PostgreSQL schema holding the survey: lower case letters, digits and _.</source>
      <translation>مخطط PostgreSQL الذي يحتوي على المسح: حروف صغيرة وأرقام و_.</translation>
    </message>
    <message>
      <source>The QGIS authentication configuration that holds the pseudonymisation key. Empty: your default key, created on first use and kept in the authentication database. The same key gives the same pseudonyms from one export to the next.</source>
      <translation type="vanished">إعداد المصادقة في QGIS الذي يحمل مفتاح الترميز المستعار. فارغ: مفتاحك الافتراضي، الذي يُنشأ عند أول استخدام ويُحفظ في قاعدة بيانات المصادقة. يعطي المفتاح نفسه الأسماء المستعارة نفسها من تصدير إلى التالي.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="48" />
      <source>The QGIS authentication configuration that holds the pseudonymisation key. Empty: your default key, created on first use and kept in the authentication database. The same key gives the same pseudonyms, and the same moved points, from one export to the next.</source>
      <translation>إعداد المصادقة في QGIS الذي يحمل مفتاح الترميز المستعار. فارغ: مفتاحك الافتراضي، الذي يُنشأ عند أول استخدام ويُحفظ في قاعدة بيانات المصادقة. يعطي المفتاح نفسه الأسماء المستعارة نفسها، والنقاط المُزاحة نفسها، من تصدير إلى التالي.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="84" />
      <source>The QGIS authentication configuration that holds your KoboToolbox API token (in Kobo: Account settings &gt; Security &gt; API key). The token stays in the QGIS authentication database, protected by its master password; only the configuration's id is saved.</source>
      <translation>إعداد المصادقة في QGIS الذي يحمل رمز الوصول (API token) الخاص بك في KoboToolbox (في Kobo: Account settings &gt; Security &gt; API key). يبقى الرمز في قاعدة بيانات المصادقة في QGIS، محميًا بكلمة المرور الرئيسية؛ ولا يُحفظ إلا معرّف الإعداد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="110" />
      <source>The QGIS authentication configuration that holds your ODK Central login: Basic with your email and password, or an app-user token. The secret stays in the QGIS authentication database, protected by its master password; only the configuration's id is saved.</source>
      <translation>إعداد المصادقة في QGIS الذي يحمل بيانات دخولك إلى ODK Central: Basic ببريدك الإلكتروني وكلمة المرور، أو رمز الوصول لمستخدم التطبيق. يبقى السر في قاعدة بيانات المصادقة في QGIS، محميًا بكلمة المرور الرئيسية؛ ولا يُحفظ إلا معرّف الإعداد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="56" />
      <source>The QGIS authentication database is locked: enter its master password when QGIS asks for it, then try again.</source>
      <translation>قاعدة بيانات المصادقة في QGIS مقفلة: أدخل كلمة المرور الرئيسية عندما يطلبها QGIS ثم أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="49" />
      <source>The QGIS authentication system is not available, so the password or token cannot be kept safely. Check Settings &gt; Options &gt; Authentication.</source>
      <translation>نظام المصادقة في QGIS غير متاح، لذا لا يمكن حفظ كلمة المرور أو رمز الوصول بأمان. تحقّق من الإعدادات &gt; الخيارات &gt; المصادقة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="117" />
      <source>The QGIS authentication system is not available, so the pseudonymisation key cannot be kept safely.</source>
      <translation>نظام المصادقة في QGIS غير متاح، لذا لا يمكن حفظ مفتاح الترميز المستعار بأمان.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="122" />
      <source>The QGIS master password is needed to keep the pseudonymisation key: set it in Settings &gt; Options &gt; Authentication and try again.</source>
      <translation>كلمة المرور الرئيسية لـ QGIS مطلوبة لحفظ مفتاح الترميز المستعار: عيّنها في الإعدادات &gt; الخيارات &gt; المصادقة ثم أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_xform.py" line="170" />
      <source>The XForm of form {id} on {host} could not be read ({reason}), so the download has no labels and no choice lists: question and choice names are shown instead, and select questions have no label column.</source>
      <translation>تعذّرت قراءة ملف XForm الخاص بالنموذج {id} على {host} ({reason})، لذا لا يحتوي التنزيل على تسميات ولا على قائمة خيارات: تُعرض بدلًا منها أسماء الأسئلة والخيارات، وليس لأسئلة الاختيار عمود تسميات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="14" />
      <source>The XLSForm the survey was collected with (.xlsx or .xls, as downloaded from the form's page on the server), e.g. household_survey_form.xlsx. With it, questions keep their types, labels, choices, required flags, skip logic and constraints; without it, they are guessed from the values.</source>
      <translation>نموذج XLSForm الذي جُمع به المسح (.xlsx أو .xls، كما نُزّل من صفحة النموذج على الخادم)، مثل household_survey_form.xlsx. معه، تحتفظ الأسئلة بأنواعها وتسمياتها وخياراتها وعلامات الإلزامي ومنطق التخطي والقيود؛ ومن دونه، تُستنتج من القيم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="79" />
      <source>The address of the KoboToolbox server: https://kf.kobotoolbox.org (global server), https://eu.kobotoolbox.org (European server) or your organisation's own server. The address only, without /api/v2.</source>
      <translation>عنوان خادم KoboToolbox: https://kf.kobotoolbox.org (الخادم العالمي)، أو https://eu.kobotoolbox.org (الخادم الأوروبي)، أو الخادم الخاص بمنظمتك. العنوان فقط، من دون /api/v2.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="109" />
      <source>The address of your ODK Central server, e.g. https://central.example.org, without /v1.</source>
      <translation>عنوان خادم ODK Central الخاص بك، مثل https://central.example.org، من دون /v1.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="110" />
      <source>The admin area column {column} is not in the layer {layer}.</source>
      <translation>عمود الوحدة الإدارية {column} غير موجود في الطبقة {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="37" />
      <source>The admin area polygons with their P-codes, e.g. the layer admin2 of admin_boundaries.gpkg (OCHA COD-AB boundaries).</source>
      <translation>مضلعات الوحدات الإدارية مع رموز P-code الخاصة بها، مثل الطبقة admin2 من admin_boundaries.gpkg (حدود OCHA COD-AB).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="163" />
      <source>The admin areas of the sample survey (Central African Republic), admin1 and admin2.</source>
      <translation>الوحدات الإدارية لمسح المثال (جمهورية أفريقيا الوسطى)، admin1 وadmin2.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="61" />
      <source>The admin areas with the value to map, usually the output of 'Count submissions by admin area', e.g. counts.gpkg.</source>
      <translation>الوحدات الإدارية مع القيمة المراد تمثيلها على الخريطة، عادةً مخرجات «عدّ الإرسالات حسب الوحدة الإدارية»، مثل counts.gpkg.</translation>
    </message>
    <message>
      <source>The admin areas with their counts: submissions, and answer_count and answer_pct for a share, value_mean or value_median for a mean or median, with data_status. E.g. counts.gpkg, or a temporary layer.</source>
      <translation type="vanished">الوحدات الإدارية مع أعدادها: submissions (الإرسالات)، وanswer_count وanswer_pct للنسبة، وvalue_mean أو value_median للمتوسط أو الوسيط، مع data_status. مثل counts.gpkg، أو طبقة مؤقتة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="51" />
      <source>The admin areas with their counts: submissions, value_count (submissions answering the question), and answer_count and answer_pct for a share, value_mean or value_median for a mean or median, with data_status. E.g. counts.gpkg (a Shapefile cuts the field names), or a temporary layer.</source>
      <translation>الوحدات الإدارية مع أعدادها: submissions (الإرسالات)، وvalue_count (الإرسالات التي أجابت عن السؤال)، وanswer_count وanswer_pct للنسبة، وvalue_mean أو value_median للمتوسط أو الوسيط، مع data_status. مثل counts.gpkg (ملف Shapefile يقصّ أسماء الحقول)، أو طبقة مؤقتة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="456" />
      <source>The admin boundaries {file} cannot be read.</source>
      <translation>لا يمكن قراءة الحدود الإدارية {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="112" />
      <source>The admin boundaries {file} do not exist.</source>
      <translation>الحدود الإدارية {file} غير موجودة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="210" />
      <source>The admin layer {layer} has no areas: choose the layer holding the boundaries.</source>
      <translation>لا تحتوي الطبقة الإدارية {layer} على أي منطقة: اختر الطبقة التي تحتوي على الحدود.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="34" />
      <source>The admin layer {layer} has {count} P-code(s) shared by several areas: {codes}. Each submission is counted once: the areas of one P-code are one area (one feature) in the result. Check the boundaries: a P-code names one area.</source>
      <translation>الطبقة الإدارية {layer} فيها {count} من رموز P-code مشتركة بين عدة مناطق: {codes}. يُحسب كل إرسال مرة واحدة: مناطق رمز P-code الواحد تُعد منطقة واحدة (معلمًا واحدًا) في النتيجة. تحقق من الحدود: رمز P-code يسمّي منطقة واحدة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="445" />
      <source>The admin layer {layer} has {count} P-code(s) shared by several areas: {codes}. The P-code checks cannot tell these areas apart; check the boundaries.</source>
      <translation>الطبقة الإدارية {layer} فيها {count} من رموز P-code مشتركة بين عدة مناطق: {codes}. لا تستطيع فحوص رموز P-code التمييز بين هذه المناطق؛ تحقق من الحدود.</translation>
    </message>
    <message>
      <source>The answer to count, written as its choice name in the form (not its label), e.g. borehole.</source>
      <translation type="vanished">الإجابة المراد عدّها، مكتوبة باسم خيارها في النموذج (لا تسمية الخيار)، مثل borehole.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="33" />
      <source>The answer to count, written as its choice name in the form (not its label), e.g. borehole. When no submission gives it, the run says which answers they give.</source>
      <translation>الإجابة المراد عدّها، مكتوبة باسم خيارها في النموذج (لا تسمية الخيار)، مثل borehole. حين لا يعطيها أي إرسال، يذكر التشغيل الإجابات التي تعطيها الإرسالات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="178" />
      <source>The answered P-code is {code}.</source>
      <translation>رمز P-code الوارد في الإجابة هو {code}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="63" />
      <source>The answers to "{column}" are chosen from a list of {what} (their labels in "{labels}").</source>
      <translation>الإجابات عن «{column}» مختارة من قائمة {what} (تسمياتها في «{labels}»).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="55" />
      <source>The area of the basemap, e.g. 18.4,18.7,4.3,4.5 [EPSG:4326]. Empty: the extent of the surveys and the boundaries.</source>
      <translation>منطقة خريطة الأساس، مثل 18.4,18.7,4.3,4.5 [EPSG:4326]. فارغ: نطاق المسوح والحدود.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="359" />
      <source>The area of the offline basemap is empty: choose an area, a layer or the survey's boundaries.</source>
      <translation>منطقة خريطة الأساس غير المتصلة فارغة: اختر منطقة أو طبقة أو حدود المسح.</translation>
    </message>
    <message>
      <source>The area to cover, e.g. the extent of the admin boundaries layer, or 18.4,18.7,4.3,4.5 [EPSG:4326] for Bangui (xmin, xmax, ymin, ymax).</source>
      <translation type="vanished">المنطقة المراد تغطيتها، مثل نطاق طبقة الحدود الإدارية، أو 18.4,18.7,4.3,4.5 [EPSG:4326] لبانغي (xmin، xmax، ymin، ymax).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="27" />
      <source>The area to cover, e.g. the extent of the admin boundaries layer, or 18.4,18.7,4.3,4.5 [EPSG:4326] for Bangui (xmin, xmax, ymin, ymax). An area across the 180th meridian is refused: make one basemap on each side.</source>
      <translation>المنطقة المراد تغطيتها، مثل نطاق طبقة الحدود الإدارية، أو 18.4,18.7,4.3,4.5 [EPSG:4326] لبانغي (xmin، xmax، ymin، ymax). تُرفض المنطقة التي تعبر خط الطول 180: أنشئ خريطة أساس على كل جانب منه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="373" />
      <source>The area {extent} crosses the antimeridian (longitude 180: west edge {west}, east edge {east}); one offline basemap cannot go across it. Make two basemaps, one on each side of longitude 180, with longitudes between -180 and 180 and the west edge first.</source>
      <translation>تعبر المنطقة {extent} خط الزوال المقابل (خط الطول 180: الحافة الغربية {west}، والحافة الشرقية {east})؛ ولا يمكن لخريطة أساس واحدة غير متصلة أن تمتد عبره. أنشئ خريطتي أساس، واحدة على كل جانب من خط الطول 180، بخطوط طول بين ‎-180 و180 مع كتابة الحافة الغربية أولًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="163" />
      <source>The authentication configuration {authcfg} does not hold a CartONG pseudonymisation key.</source>
      <translation>لا يحتوي إعداد المصادقة {authcfg} على مفتاح ترميز مستعار من CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="66" />
      <source>The authentication configuration {authcfg} holds no token.</source>
      <translation>لا يحتوي إعداد المصادقة {authcfg} على أي رمز وصول.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="152" />
      <source>The authentication configuration {authcfg} was not found: choose another pseudonymisation key or create a new one.</source>
      <translation>لم يُعثر على إعداد المصادقة {authcfg}: اختر مفتاح ترميز مستعار آخر أو أنشئ مفتاحًا جديدًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="54" />
      <source>The basemap is not started when it would need more tiles: raise it on purpose, knowing the size and time given in the log.</source>
      <translation>لا تبدأ خريطة الأساس إذا احتاجت إلى بلاطات أكثر: ارفعه عن قصد، مع معرفة الحجم والوقت المذكورين في السجل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="127" />
      <source>The basemap source '{source}' is neither an XYZ address with {{z}}, {{x}} and {{y}} nor a WMS/XYZ layer source (url=…): copy it from the layer's properties, Information tab.</source>
      <translation>مصدر خريطة الأساس '{source}' ليس عنوان XYZ يحتوي على {{z}} و{{x}} و{{y}} ولا مصدر طبقة WMS/XYZ ‏(url=…): انسخه من خصائص الطبقة، تبويب المعلومات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="138" />
      <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by CartONG or its partners.</source>
      <translation>لا تعني الحدود والأسماء المبيّنة والتسميات المستخدمة في هذه الخريطة أي تأييد أو قبول رسمي من CartONG أو شركائها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="75" />
      <source>The boundaries of the level above, e.g. the layer admin1 of admin_boundaries.gpkg, drawn as thicker outlines.</source>
      <translation>حدود المستوى الأعلى، مثل الطبقة admin1 من admin_boundaries.gpkg، مرسومة بخطوط أعرض.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="52" />
      <source>The class limit {value} is not a number: write limits like 10, 20, 50.</source>
      <translation>حد الفئة {value} ليس رقمًا: اكتب الحدود هكذا: 10، 20، 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="56" />
      <source>The class limits {limits} must increase: write them like 10, 20, 50.</source>
      <translation>يجب أن تكون حدود الفئات {limits} تصاعدية: اكتبها هكذا: 10، 20، 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/applied_rows.py" line="124" />
      <source>The cleaned GeoPackage could not record which rows of the cleaning log it was built with ({reason}). Nothing was written under its name.</source>
      <translation>تعذّر أن يسجّل ملف GeoPackage المنظَّف صفوفَ سجل التنظيف التي بُني بها ({reason}). لم يُكتب أي شيء باسمه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="132" />
      <source>The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the survey's GeoPackage. For a survey shared in PostgreSQL, a temporary layer is written as the table survey_cleaned of its schema (or into a table of that schema chosen with Save to Database Table). The input layer and the raw table are not changed.</source>
      <translation>النسخة المنظفة من المسح، مثل household_survey_clean.gpkg أو طبقة جديدة في ملف GeoPackage الخاص بالمسح. بالنسبة لمسح مشترك في PostgreSQL، تُكتب الطبقة المؤقتة في الجدول survey_cleaned من مخططه (أو في جدول من ذلك المخطط يُختار عبر الحفظ في جدول قاعدة بيانات). لا تُغيَّر طبقة الإدخال ولا الجدول الخام.</translation>
    </message>
    <message>
      <source>The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the survey's GeoPackage. For a survey shared in PostgreSQL, a temporary layer means the table survey_cleaned of its schema (or a table of that schema chosen with Save to Database Table). The input layer and the raw table are not changed.</source>
      <translation type="vanished">النسخة المنظفة من المسح، مثل household_survey_clean.gpkg أو طبقة جديدة في ملف GeoPackage الخاص بالمسح. بالنسبة لمسح مشترك في PostgreSQL، تعني الطبقة المؤقتة الجدول survey_cleaned في مخططه (أو جدولًا من ذلك المخطط يُختار عبر الحفظ في جدول قاعدة بيانات). لا تُغيَّر طبقة الإدخال ولا الجدول الخام.</translation>
    </message>
    <message>
      <source>The cleaned copy of the survey, e.g. household_survey_clean.gpkg or a new layer of the survey's GeoPackage. The input layer and the raw table are not changed.</source>
      <translation type="vanished">النسخة المنظفة من المسح، مثل household_survey_clean.gpkg أو طبقة جديدة في ملف GeoPackage الخاص بالمسح. لا تُغيَّر طبقة الإدخال ولا الجدول الخام.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="216" />
      <source>The cleaned layer 'survey_cleaned' is in {file} and in the project.</source>
      <translation>الطبقة المنظفة «survey_cleaned» موجودة في {file} وفي المشروع.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="59" />
      <source>The cleaned layer could not be written into {file}.</source>
      <translation>تعذّرت كتابة الطبقة المنظفة في {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="293" />
      <source>The cleaned layer is the table {table} of {schema} in {target} ({rows} rows).</source>
      <translation>الطبقة المنظفة هي الجدول {table} من {schema} في {target} ({rows} صفًا).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="346" />
      <source>The cleaned layer {file} could not get the survey's exact values back (date-times with their milliseconds and time zone, rows without a location) ({reason}). Nothing was written under that name, as its values would differ from the survey's.</source>
      <translation>تعذّر على الطبقة المنظفة {file} استعادة القيم الدقيقة للمسح (التواريخ والأوقات بأجزاء الألف من الثانية وبالمنطقة الزمنية، والصفوف التي ليس لها موقع) ({reason}). لم يُكتب أي شيء بهذا الاسم، لأن قيمها كانت ستختلف عن قيم المسح.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_destination.py" line="80" />
      <source>The cleaned survey was written to a temporary GeoPackage ({file}) that QGIS deletes when it closes. To keep it, run again with a GeoPackage file for the cleaned survey (the decisions stay in the cleaning log), or export it for sharing before closing QGIS.</source>
      <translation>كُتب المسح المنظف في ملف GeoPackage مؤقت ({file}) يحذفه QGIS عند إغلاقه. للاحتفاظ به، أعد التشغيل مع ملف GeoPackage للمسح المنظف (تبقى القرارات في سجل التنظيف)، أو صدّره للمشاركة قبل إغلاق QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="66" />
      <source>The cleaning log cannot be written into {file}: the file or its folder is read-only. Choose another GeoPackage for the cleaning log, in a folder you can write to.</source>
      <translation>لا يمكن كتابة سجل التنظيف في {file}: الملف أو مجلده للقراءة فقط. اختر ملف GeoPackage آخر لسجل التنظيف، في مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="122" />
      <source>The cleaning log cannot be written into {file}: {error}</source>
      <translation>لا يمكن كتابة سجل التنظيف في {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="168" />
      <source>The cleaning log could not be saved; nothing was applied.</source>
      <translation>تعذّر حفظ سجل التنظيف؛ لم يُطبَّق أي شيء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="54" />
      <source>The cleaning log goes into a GeoPackage: choose a file ending in .gpkg, not {file}.</source>
      <translation>يُكتب سجل التنظيف في ملف GeoPackage: اختر ملفًا ينتهي بـ .gpkg، وليس {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="91" />
      <source>The cleaning log is empty: the cleaned layer will be a copy of the survey.</source>
      <translation>سجل التنظيف فارغ: ستكون الطبقة المنظفة نسخة من المسح.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="147" />
      <source>The cleaning log is kept in {file}; the raw data is never changed.</source>
      <translation>يُحفظ سجل التنظيف في {file}؛ لا تُغيَّر البيانات الخام أبدًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="261" />
      <source>The cleaning log was not exported</source>
      <translation>لم يُصدَّر سجل التنظيف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="242" />
      <source>The cleaning log was not saved</source>
      <translation>لم يُحفظ سجل التنظيف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="126" />
      <source>The cleaning log with the decisions. Empty: the table 'cleaning_log' of the survey's GeoPackage, or of its schema for a survey shared in PostgreSQL. Or an edited file, e.g. cleaning_log.xlsx, with the IMPACT/REACH columns uuid, question, old_value, new_value and change_type.</source>
      <translation>سجل التنظيف مع القرارات. فارغ: الجدول 'cleaning_log' في ملف GeoPackage الخاص بالمسح، أو في مخططه لمسح مشترك في PostgreSQL. أو ملف معدَّل، مثل cleaning_log.xlsx، بأعمدة IMPACT/REACH وهي uuid وquestion (السؤال) وold_value وnew_value وchange_type.</translation>
    </message>
    <message>
      <source>The cleaning log with the decisions. Empty: the table 'cleaning_log' of the survey's GeoPackage. Or an edited file, e.g. cleaning_log.xlsx, with the IMPACT/REACH columns uuid, question, old_value, new_value and change_type.</source>
      <translation type="vanished">سجل التنظيف مع القرارات. فارغ: الجدول 'cleaning_log' في ملف GeoPackage الخاص بالمسح. أو ملف معدَّل، مثل cleaning_log.xlsx، بأعمدة IMPACT/REACH وهي uuid وquestion (السؤال) وold_value وnew_value وchange_type.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="35" />
      <source>The cleaning log {file} cannot be read: {error}</source>
      <translation>لا يمكن قراءة سجل التنظيف {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="321" />
      <source>The cleaning log {file} does not exist.</source>
      <translation>سجل التنظيف {file} غير موجود.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="327" />
      <source>The cleaning log {file} does not match the data; fix these rows and import it again:
{rows}</source>
      <translation>سجل التنظيف {file} لا يطابق البيانات؛ صحّح هذه الصفوف ثم استورده مجددًا:
{rows}</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="69" />
      <source>The cleaning log {file} has %n values that do not fit their fields; fix these rows and apply it again:
{rows}</source>
      <translation>
        <numerusform>في سجل التنظيف {file} %n قيمة لا تناسب حقولها؛ صحّح هذه الصفوف وطبّق السجل مجددًا:
{rows}</numerusform>
        <numerusform>في سجل التنظيف {file} قيمة واحدة (%n) لا تناسب حقلها؛ صحّح هذه الصفوف وطبّق السجل مجددًا:
{rows}</numerusform>
        <numerusform>في سجل التنظيف {file} قيمتان (%n) لا تناسبان حقليهما؛ صحّح هذه الصفوف وطبّق السجل مجددًا:
{rows}</numerusform>
        <numerusform>في سجل التنظيف {file} %n قيم لا تناسب حقولها؛ صحّح هذه الصفوف وطبّق السجل مجددًا:
{rows}</numerusform>
        <numerusform>في سجل التنظيف {file} %n قيمةً لا تناسب حقولها؛ صحّح هذه الصفوف وطبّق السجل مجددًا:
{rows}</numerusform>
        <numerusform>في سجل التنظيف {file} %n قيمة لا تناسب حقولها؛ صحّح هذه الصفوف وطبّق السجل مجددًا:
{rows}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="197" />
      <source>The cleaning log {file} has no column {columns}; it needs at least uuid and question (and usually old_value, new_value, issue, change_type).</source>
      <translation>لا يحتوي سجل التنظيف {file} على العمود {columns}؛ يحتاج على الأقل إلى العمودين uuid وquestion (السؤال) (وعادةً old_value وnew_value وissue وchange_type).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="329" />
      <source>The cleaning log {file} has no sheet.</source>
      <translation>لا يحتوي سجل التنظيف {file} على أي ورقة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="229" />
      <source>The cleaning log {file} has rows of change_response but no column new_value (its columns: {columns}). Name the column that holds the new values new_value.</source>
      <translation>سجل التنظيف {file} فيه صفوف change_response لكن لا عمود new_value فيه (أعمدته: {columns}). سمِّ العمود الذي يحمل القيم الجديدة new_value.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="169" />
      <source>The cleaning log {file} has the column {column} more than once (columns {letters}): which one to read cannot be told. Keep one column {column} (delete or rename the others), then try again.</source>
      <translation>يحتوي سجل التنظيف {file} على العمود {column} أكثر من مرة (الأعمدة {letters}): لا يمكن معرفة أيها يُقرأ. أبقِ عمودًا واحدًا باسم {column} (احذف الأعمدة الأخرى أو أعد تسميتها)، ثم أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="83" />
      <source>The cleaning log {file} is neither UTF-8, UTF-16 nor Windows-1252 text. Save it again as 'CSV UTF-8' and try again.</source>
      <translation>سجل التنظيف {file} ليس نصًا بترميز UTF-8 أو UTF-16 أو Windows-1252. احفظه مجددًا بصيغة 'CSV UTF-8' ثم أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="17" />
      <source>The closest zoom level to download, from 0 to 19. Default 12: towns, villages and main roads. Each level more needs about 4 times as many tiles: 15 shows streets but may need hours.</source>
      <translation>أقرب مستوى تكبير يُنزَّل، من 0 إلى 19. الافتراضي 12: المدن والقرى والطرق الرئيسية. يحتاج كل مستوى إضافي إلى نحو 4 أضعاف البلاطات: المستوى 15 يُظهر الشوارع لكنه قد يستغرق ساعات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="87" />
      <source>The code column {column} is not in the layer {layer}.</source>
      <translation>عمود الرموز {column} غير موجود في الطبقة {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="85" />
      <source>The column {column} cannot be created in {table}: {reason}</source>
      <translation>لا يمكن إنشاء العمود {column} في {table}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="59" />
      <source>The column {column} has {count} different answers (more than {limit}): counted by area, each would become a column name of the shared file. Choose a question with a short list of answers, or count submissions only (no answers column).</source>
      <translation>العمود {column} فيه {count} إجابة مختلفة (أكثر من {limit}): عند العدّ حسب المنطقة، ستصبح كل منها اسم عمود في الملف المشترك. اختر سؤالًا بقائمة قصيرة من الإجابات، أو اكتفِ بعدّ الإرسالات (بلا عمود إجابات).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="50" />
      <source>The column {column} holds free text: counted by area, each typed answer would become a column name of the shared file. Choose a question with a short list of answers (such as water_source), or count submissions only (no answers column).</source>
      <translation>العمود {column} يحتوي على نص حر: عند العدّ حسب المنطقة، ستصبح كل إجابة مكتوبة اسم عمود في الملف المشترك. اختر سؤالًا بقائمة قصيرة من الإجابات (مثل water_source)، أو اكتفِ بعدّ الإرسالات (بلا عمود إجابات).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="84" />
      <source>The column {column} is not in the layer {layer}.</source>
      <translation>العمود {column} غير موجود في الطبقة {layer}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_aggregate.py" line="42" />
      <source>The column {column} likely holds personal data at high risk: counted by area, each of its answers would become a column name of the shared file. Choose a question with a short list of answers (such as water_source), or count submissions only (no answers column).</source>
      <translation>العمود {column} يحتوي على الأرجح على بيانات شخصية عالية الخطورة: عند العدّ حسب المنطقة، ستصبح كل إجابة من إجاباته اسم عمود في الملف المشترك. اختر سؤالًا بقائمة قصيرة من الإجابات (مثل water_source)، أو اكتفِ بعدّ الإرسالات (بلا عمود إجابات).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="301" />
      <source>The columns {columns} identify staff, devices, accounts or documents and are pseudonymised by default, but no pseudonymisation key could be opened ({reason}): they were removed instead. To share them as pseudonyms, name a key with KEY_SOURCE (file:... or env:...) or KEY_AUTHCFG; to keep them as they are, list them in KEEP_FIELDS.</source>
      <translation>الأعمدة {columns} تحدد هوية العاملين أو الأجهزة أو الحسابات أو الوثائق ويُطبَّق عليها الترميز المستعار افتراضيًا، لكن تعذّر فتح أي مفتاح للترميز المستعار ({reason}): لذا حُذفت بدلًا من ذلك. لمشاركتها بأسماء مستعارة، حدّد مفتاحًا عبر KEY_SOURCE (file:... أو env:...) أو KEY_AUTHCFG؛ وللإبقاء عليها كما هي، أدرجها في KEEP_FIELDS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="132" />
      <source>The conflicts file {file} is a folder: give a file name, e.g. conflicts.csv.</source>
      <translation>ملف التعارضات {file} مجلد: أعطِ اسم ملف، مثل conflicts.csv.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/connection.py" line="45" />
      <source>The connection string {connection} holds a password: QGIS would write it in clear in the Processing history and logs. Put the password in an authentication configuration (authcfg=...), a QGIS connection, a pg_service.conf service or a .pgpass file, and give that instead.</source>
      <translation>‏سلسلة الاتصال {connection} تحتوي على كلمة مرور: سيكتبها QGIS بوضوح في سجل المعالجة والسجلات. ضع كلمة المرور في إعداد مصادقة (authcfg=...)، أو اتصال QGIS، أو خدمة pg_service.conf، أو ملف ‎.pgpass، واستخدم ذلك بدلًا منها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="137" />
      <source>The connection to the PostgreSQL database {target} was lost while {doing}: PostgreSQL undid the unfinished work, nothing was written. Try again when the connection is back.</source>
      <translation>انقطع الاتصال بقاعدة بيانات PostgreSQL ‏{target} أثناء {doing}: تراجع PostgreSQL عن العمل غير المكتمل، ولم يُكتب أي شيء. أعد المحاولة عند عودة الاتصال.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="396" />
      <source>The connection to {host} was cut in the middle of an answer. Try again; what was already downloaded is kept.</source>
      <translation>انقطع الاتصال بـ {host} في منتصف الرد. أعد المحاولة؛ يُحتفظ بما تم تنزيله.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="461" />
      <source>The connection was not saved: {reason}</source>
      <translation>لم يُحفظ الاتصال: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="100" />
      <source>The copy to share, .gpkg or .csv, e.g. household_survey_shared.gpkg. A README in English and French beside it says what was done.</source>
      <translation>النسخة المراد مشاركتها، .gpkg أو .csv، مثل household_survey_shared.gpkg. يوضح ملف README بالإنجليزية والفرنسية بجوارها ما أُجري.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="182" />
      <source>The counts cannot be protected by suppression; aggregate to a larger area or drop the answer breakdown.</source>
      <translation>لا يمكن حماية الأعداد بالحجب؛ اجمعها في وحدة أكبر أو تخلَّ عن التوزيع حسب الإجابة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/jobs.py" line="99" />
      <source>The counts could not be written into {file}: {error}</source>
      <translation>تعذّرت كتابة الأعداد في {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="92" />
      <source>The credentials for {name} could not be saved in the QGIS authentication database.</source>
      <translation>تعذّر حفظ بيانات الاعتماد الخاصة بـ {name} في قاعدة بيانات المصادقة في QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="86" />
      <source>The credits printed on the map, data and boundaries with their licence, e.g. CartONG survey 2026; boundaries OCHA COD-AB (CC BY-IGO).</source>
      <translation>المصادر المطبوعة على الخريطة، البيانات والحدود مع ترخيصها، مثل مسح CartONG 2026؛ الحدود OCHA COD-AB (CC BY-IGO).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="139" />
      <source>The data collection period ends ({end}, PERIOD_END) before it starts ({start}, PERIOD_START): swap the two dates.</source>
      <translation>تنتهي فترة جمع البيانات ({end}، PERIOD_END) قبل أن تبدأ ({start}، PERIOD_START): بدّل التاريخين.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="85" />
      <source>The database already holds a schema '{schema}' that is not a survey shared by the toolkit: it is never replaced. Choose another schema name.</source>
      <translation>تحتوي قاعدة البيانات بالفعل على مخطط '{schema}' ليس مسحًا تشاركه مجموعة الأدوات: لا يُستبدل أبدًا. اختر اسم مخطط آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="92" />
      <source>The database already holds a survey schema '{schema}'. Choose another schema name, or replace it.</source>
      <translation>تحتوي قاعدة البيانات بالفعل على مخطط مسح '{schema}'. اختر اسم مخطط آخر، أو استبدله.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="301" />
      <source>The database {target} has no PostGIS, which the survey points need. Ask the database administrator to run: CREATE EXTENSION postgis;</source>
      <translation>قاعدة البيانات {target} ليس فيها PostGIS الذي تحتاجه نقاط المسح. اطلب من مسؤول قاعدة البيانات تنفيذ: CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="90" />
      <source>The database {target} holds no survey schema '{schema}'.</source>
      <translation>لا تحتوي قاعدة البيانات {target} على مخطط مسح باسم '{schema}'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="352" />
      <source>The database {target} holds no survey schema '{schema}'. Survey schemas there: {known}.</source>
      <translation>قاعدة البيانات {target} لا تحتوي على مخطط مسح '{schema}'. مخططات المسوح الموجودة فيها: {known}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="124" />
      <source>The dates of {column} are written day/month/year (first: '{value}'), not YYYY-MM-DD: they were read so.</source>
      <translation>تواريخ {column} مكتوبة بصيغة يوم/شهر/سنة (الأول: '{value}')، لا بصيغة YYYY-MM-DD: وقد قُرئت على هذا الأساس.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/dates.py" line="132" />
      <source>The dates of {column} are written month/day/year (first: '{value}'), not YYYY-MM-DD: they were read so.</source>
      <translation>تواريخ {column} مكتوبة بصيغة شهر/يوم/سنة (الأول: '{value}')، لا بصيغة YYYY-MM-DD: وقد قُرئت على هذا الأساس.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="67" />
      <source>The decisions in the cleaning log are not saved. Close the wizard and lose them?</source>
      <translation>قرارات سجل التنظيف غير محفوظة. هل تريد إغلاق المعالج وفقدانها؟</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="165" />
      <source>The defaults suit a household survey. Each flagged value becomes a row of the cleaning log that you review on the next pages.</source>
      <translation>القيم الافتراضية تناسب مسح الأسر. تصبح كل قيمة مُعلَّمة صفًا في سجل التنظيف تراجعه في الصفحات التالية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="43" />
      <source>The disk is full: free some space (or choose another folder), then run again.</source>
      <translation>القرص ممتلئ: حرّر بعض المساحة (أو اختر مجلدًا آخر)، ثم أعد التشغيل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="225" />
      <source>The disk is full: nothing was written. Free some space or choose another folder.</source>
      <translation>القرص ممتلئ: لم يُكتب أي شيء. حرّر بعض المساحة أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="169" />
      <source>The download from {host} was cancelled.</source>
      <translation>أُلغي التنزيل من {host}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="275" />
      <source>The edited log was not imported</source>
      <translation>لم يُستورد السجل المعدَّل</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="283" />
      <source>The email and password of your ODK Central web account.</source>
      <translation>البريد الإلكتروني وكلمة المرور لحسابك على موقع ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="67" />
      <source>The end time is earlier than the start time.</source>
      <translation>وقت الانتهاء أسبق من وقت البدء.</translation>
    </message>
    <message>
      <source>The environment variable {name}, named for {what}, is not set or is empty.</source>
      <translation type="vanished">متغير البيئة {name}، المحدد لـ {what}، غير معرَّف أو فارغ.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="65" />
      <source>The export file {file} holds %n decisions of the field teams (first: row {row}) and the option to keep the decisions is off: the file was not replaced. Keep the decisions, or export to another file.</source>
      <translation>
        <numerusform>ملف التصدير {file} يحتوي على %n قرار من الفرق الميدانية (الأول: الصف {row}) وخيار الإبقاء على القرارات معطّل: لم يُستبدل الملف. أبقِ على القرارات، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على قرار واحد (%n) من الفرق الميدانية (الأول: الصف {row}) وخيار الإبقاء على القرارات معطّل: لم يُستبدل الملف. أبقِ على القرارات، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على قرارين (%n) من الفرق الميدانية (الأول: الصف {row}) وخيار الإبقاء على القرارات معطّل: لم يُستبدل الملف. أبقِ على القرارات، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على %n قرارات من الفرق الميدانية (الأول: الصف {row}) وخيار الإبقاء على القرارات معطّل: لم يُستبدل الملف. أبقِ على القرارات، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على %n قرارًا من الفرق الميدانية (الأول: الصف {row}) وخيار الإبقاء على القرارات معطّل: لم يُستبدل الملف. أبقِ على القرارات، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على %n قرار من الفرق الميدانية (الأول: الصف {row}) وخيار الإبقاء على القرارات معطّل: لم يُستبدل الملف. أبقِ على القرارات، أو صدّر إلى ملف آخر.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/run_checks.py" line="398" />
      <source>The export file {file} holds %n decisions that differ from the cleaning log of {gpkg} (first: row {row}, {uuid}, {question}: '{decision}' in the file, '{logged}' in the log). Nothing was written: make them agree, or export to another file.</source>
      <translation>
        <numerusform>ملف التصدير {file} يحتوي على %n قرار تختلف عن سجل التنظيف في {gpkg} (الأول: الصف {row}، {uuid}، {question}: '{decision}' في الملف، '{logged}' في السجل). لم يُكتب شيء: اجعلهما متوافقين، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على قرار واحد (%n) يختلف عن سجل التنظيف في {gpkg} (الأول: الصف {row}، {uuid}، {question}: '{decision}' في الملف، '{logged}' في السجل). لم يُكتب شيء: اجعلهما متوافقين، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على قرارين (%n) يختلفان عن سجل التنظيف في {gpkg} (الأول: الصف {row}، {uuid}، {question}: '{decision}' في الملف، '{logged}' في السجل). لم يُكتب شيء: اجعلهما متوافقين، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على %n قرارات تختلف عن سجل التنظيف في {gpkg} (الأول: الصف {row}، {uuid}، {question}: '{decision}' في الملف، '{logged}' في السجل). لم يُكتب شيء: اجعلهما متوافقين، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على %n قرارًا تختلف عن سجل التنظيف في {gpkg} (الأول: الصف {row}، {uuid}، {question}: '{decision}' في الملف، '{logged}' في السجل). لم يُكتب شيء: اجعلهما متوافقين، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على %n قرار تختلف عن سجل التنظيف في {gpkg} (الأول: الصف {row}، {uuid}، {question}: '{decision}' في الملف، '{logged}' في السجل). لم يُكتب شيء: اجعلهما متوافقين، أو صدّر إلى ملف آخر.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/run_checks.py" line="382" />
      <source>The export file {file} holds %n decisions that the new cleaning log does not (first: row {row}): the file was not replaced. Bring its decisions into the log, or export to another file.</source>
      <translation>
        <numerusform>ملف التصدير {file} يحتوي على %n قرار لا يحتويها سجل التنظيف الجديد (الأول: الصف {row}): لم يُستبدل الملف. انقل قراراته إلى السجل، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على قرار واحد (%n) لا يحتويه سجل التنظيف الجديد (الأول: الصف {row}): لم يُستبدل الملف. انقل قراراته إلى السجل، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على قرارين (%n) لا يحتويهما سجل التنظيف الجديد (الأول: الصف {row}): لم يُستبدل الملف. انقل قراراته إلى السجل، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على %n قرارات لا يحتويها سجل التنظيف الجديد (الأول: الصف {row}): لم يُستبدل الملف. انقل قراراته إلى السجل، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على %n قرارًا لا يحتويها سجل التنظيف الجديد (الأول: الصف {row}): لم يُستبدل الملف. انقل قراراته إلى السجل، أو صدّر إلى ملف آخر.</numerusform>
        <numerusform>ملف التصدير {file} يحتوي على %n قرار لا يحتويها سجل التنظيف الجديد (الأول: الصف {row}): لم يُستبدل الملف. انقل قراراته إلى السجل، أو صدّر إلى ملف آخر.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="45" />
      <source>The export file {file} is not a cleaning log exported by the toolkit (its columns: {columns}): it was not replaced. Choose another export file, or move this one away.</source>
      <translation>ملف التصدير {file} ليس سجل تنظيف صدّرته الإضافة (أعمدته: {columns}): لم يُستبدل. اختر ملف تصدير آخر، أو انقل هذا الملف إلى مكان آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="102" />
      <source>The export file {file} is the survey's own export or form: it was not replaced by the cleaning log. Choose another export file.</source>
      <translation>ملف التصدير {file} هو تصدير المسح نفسه أو نموذجه: لم يُستبدل بسجل التنظيف. اختر ملف تصدير آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="138" />
      <source>The field holding the names of the areas, for the labels and the titles of atlas pages, e.g. adm2_name. Default adm2_name.</source>
      <translation>الحقل الذي يحمل أسماء الوحدات الإدارية، للتسميات وعناوين صفحات الأطلس، مثل adm2_name. الافتراضي adm2_name.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="44" />
      <source>The field of the admin areas that holds their P-code, the code that joins survey answers to areas, e.g. adm2_pcode holding CF7112. Default adm2_pcode.</source>
      <translation>حقل الوحدات الإدارية الذي يحمل رمز P-code الخاص بها، وهو الرمز الذي يربط إجابات المسح بالوحدات، مثل adm2_pcode الذي يحمل CF7112. الافتراضي adm2_pcode.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="51" />
      <source>The field of the admin areas that holds their name, e.g. adm2_name. Default adm2_name.</source>
      <translation>حقل الوحدات الإدارية الذي يحمل اسمها، مثل adm2_name. الافتراضي adm2_name.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="40" />
      <source>The field of the admin boundaries that holds the names typed answers are matched to, e.g. adm2_name. Default adm2_name.</source>
      <translation>حقل الحدود الإدارية الذي يحمل الأسماء التي تُطابَق معها الإجابات المكتوبة، مثل adm2_name. الافتراضي adm2_name.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="122" />
      <source>The field package cannot be written into {folder}: the folder cannot be written to ({reason}). Choose a folder you can write to.</source>
      <translation>تتعذر كتابة الحزمة الميدانية في {folder}: لا يمكن الكتابة في هذا المجلد ({reason}). اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="44" />
      <source>The field that holds the P-code of the level above, e.g. adm1_pcode: when two areas of different provinces have the same name, the province answered settles which one is meant.</source>
      <translation>الحقل الذي يحمل رمز P-code للمستوى الأعلى، مثل adm1_pcode: حين تحمل وحدتان إداريتان من محافظتين مختلفتين الاسم نفسه، تحسم المحافظة المُجاب عنها أيهما المقصودة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="406" />
      <source>The field {field} of {layer} has negative values ({value} for example): circles cannot show them. Choose a choropleth map for this field.</source>
      <translation>يحتوي الحقل {field} في {layer} على قيم سالبة ({value} مثلاً): لا يمكن للدوائر إظهارها. اختر خريطة تظليلية لهذا الحقل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="141" />
      <source>The field {field} of {layer} is not numeric: it cannot be mapped in classes.</source>
      <translation>الحقل {field} في {layer} ليس رقميًا: لا يمكن عرضه على الخريطة في فئات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="51" />
      <source>The file exported from the server: a KoboToolbox or ONA CSV (';' or ',' separated) or XLSX export, an ODK Central zip of CSV files, or a GeoJSON file, e.g. household_survey_kobo.csv. The file is only read, never changed.</source>
      <translation>الملف المُصدَّر من الخادم: تصدير CSV (مفصول بـ ';' أو ',') أو XLSX من KoboToolbox أو ONA، أو ملف zip لملفات CSV من ODK Central، أو ملف GeoJSON، مثل household_survey_kobo.csv. يُقرأ الملف فقط، ولا يُغيَّر أبدًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="227" />
      <source>The file {file} cannot be read: {reason}. Is it open in another program?</source>
      <translation>لا يمكن قراءة الملف {file}: {reason}. هل هو مفتوح في برنامج آخر؟</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="87" />
      <source>The file {file} does not exist (moved or deleted?).</source>
      <translation>الملف {file} غير موجود (هل نُقل أو حُذف؟).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="95" />
      <source>The file {file}, named for {what}, could not be read as text: {error}</source>
      <translation>تعذّرت قراءة الملف {file}، المحدد لـ {what}، كنص: {error}</translation>
    </message>
    <message>
      <source>The file {file}, named for {what}, does not exist.</source>
      <translation type="vanished">الملف {file}، المحدد لـ {what}، غير موجود.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="103" />
      <source>The file {file}, named for {what}, holds several lines: it must hold the secret alone.</source>
      <translation>الملف {file}، المحدد لـ {what}، يحتوي على عدة أسطر: يجب أن يحتوي على السرّ وحده.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="100" />
      <source>The file {file}, named for {what}, is empty.</source>
      <translation>الملف {file}، المحدد لـ {what}، فارغ.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="87" />
      <source>The file {file}, named for {what}, is too big to hold a secret: is it the right file?</source>
      <translation>الملف {file}، المحدد لـ {what}، أكبر من أن يحتوي على سرّ: هل هو الملف الصحيح؟</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="66" />
      <source>The file {file}, named in {parameter} for {what}, does not exist.</source>
      <translation>الملف {file}، المحدد في {parameter} لـ {what}، غير موجود.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="126" />
      <source>The first day of data collection (PERIOD_START) '{value}' is not a date: write it YYYY-MM-DD, for example 2026-03-02.</source>
      <translation>اليوم الأول من جمع البيانات (PERIOD_START) '{value}' ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD، مثلًا 2026-03-02.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="72" />
      <source>The first day of data collection, as YYYY-MM-DD, e.g. 2026-03-02: submissions started earlier (tests, training) are flagged.</source>
      <translation>اليوم الأول من جمع البيانات، بالصيغة YYYY-MM-DD، مثل 2026-03-02: تُعلَّم الإرسالات التي بدأت قبله (الاختبارات، التدريب).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="199" />
      <source>The first rows as read, and what was detected. Check that the columns are split correctly before importing.</source>
      <translation>الصفوف الأولى كما قُرئت، وما تم اكتشافه. تحقّق من أن الأعمدة مفصولة بشكل صحيح قبل الاستيراد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="294" />
      <source>The folder {folder} does not exist.</source>
      <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/fitting.py" line="102" />
      <source>The font file {file} could not be loaded: Arabic map texts use an installed font.</source>
      <translation>تعذّر تحميل ملف الخط {file}: تستخدم نصوص الخرائط العربية خطًّا مثبّتًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="99" />
      <source>The form accepts only answers above {low}.</source>
      <translation>لا يقبل النموذج إلا إجابات أكبر من {low}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="104" />
      <source>The form accepts only answers below {high}.</source>
      <translation>لا يقبل النموذج إلا إجابات أصغر من {high}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="92" />
      <source>The form accepts only answers between {low} and {high}.</source>
      <translation>لا يقبل النموذج إلا إجابات بين {low} و{high}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="89" />
      <source>The form accepts only answers from {low} to {high}.</source>
      <translation>لا يقبل النموذج إلا إجابات من {low} إلى {high}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="102" />
      <source>The form accepts only answers of {high} or less.</source>
      <translation>لا يقبل النموذج إلا إجابات قيمتها {high} أو أقل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="97" />
      <source>The form accepts only answers of {low} or more.</source>
      <translation>لا يقبل النموذج إلا إجابات قيمتها {low} أو أكثر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="30" />
      <source>The form defines "{column}" as a {type} question: it holds {what}.</source>
      <translation>يعرّف النموذج «{column}» كسؤال من نوع {type}: يحتوي على {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="228" />
      <source>The form file {file} does not exist.</source>
      <translation>ملف النموذج {file} غير موجود.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="90" />
      <source>The form has no label in {language} for {missing}: they show their label in {used} instead (e.g. {examples}), so a label column may mix languages. Add the missing translations to the form to have every label in {language}.</source>
      <translation>ليس في النموذج تسمية بـ {language} لـ {missing}: تظهر تسمياتها بـ {used} بدلًا من ذلك (مثل {examples})، لذا قد يخلط عمود التسميات بين اللغات. أضف الترجمات الناقصة إلى النموذج لتكون كل التسميات بـ {language}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="44" />
      <source>The form has no labels in '{language}': labels are in {used} (the form has {languages}).</source>
      <translation>لا يحتوي النموذج على تسميات بـ «{language}»: التسميات بـ {used} (يحتوي النموذج على {languages}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="39" />
      <source>The form has no language named '{language}': the labels are those of its 'label' columns without a language name (called 'default'), the form's default. Its languages are {languages}: choose one of them to get another.</source>
      <translation>ليس في النموذج لغة باسم «{language}»: التسميات هي تسميات أعمدة «label» فيه التي لا تحمل اسم لغة (وتُسمّى «default»)، وهي اللغة الافتراضية للنموذج. لغاته هي {languages}: اختر إحداها للحصول على لغة أخرى.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/question_columns.py" line="98" />
      <source>The form names several questions '{name}' and the layer does not record which export column each of its columns ({columns}) came from: they were taken in the form's order. If the export had them in another order, check these columns by hand.</source>
      <translation>يسمّي النموذج عدة أسئلة '{name}' ولا تسجّل الطبقة من أي عمود في التصدير جاء كل عمود من أعمدتها ({columns}): أُخذت بترتيب النموذج. إذا كان التصدير يضعها بترتيب آخر، فتحقق من هذه الأعمدة يدويًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/question_columns.py" line="116" />
      <source>The form names several questions '{name}'; {path} has no column {column} in the layer (the name the import gives it): it was not checked.</source>
      <translation>يسمّي النموذج عدة أسئلة '{name}'؛ ليس لـ {path} عمود {column} في الطبقة (الاسم الذي يعطيه له الاستيراد): لم يُفحص.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="97" />
      <source>The form {file} could not be read as an Excel XLSForm (.xlsx). Save it as .xlsx from KoboToolbox or Excel and try again.</source>
      <translation>تعذّرت قراءة النموذج {file} كملف XLSForm من Excel (.xlsx). احفظه بصيغة .xlsx من KoboToolbox أو Excel ثم أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="119" />
      <source>The form's ID (xmlFormId): the form_id of the XLSForm's settings sheet, also in the form's address on Central, e.g. household_survey.</source>
      <translation>معرّف النموذج (xmlFormId): قيمة form_id في ورقة settings من XLSForm، وهو أيضًا في عنوان النموذج على Central، مثل household_survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="89" />
      <source>The form's ID on KoboToolbox (asset uid): the code of letters and digits in the form's address, e.g. aBcD1234eFgH5678iJkL9m in https://kf.kobotoolbox.org/#/forms/aBcD1234eFgH5678iJkL9m/summary.</source>
      <translation>معرّف النموذج في KoboToolbox (asset uid): رمز الحروف والأرقام في عنوان النموذج، مثل aBcD1234eFgH5678iJkL9m في https://kf.kobotoolbox.org/#/forms/aBcD1234eFgH5678iJkL9m/summary.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/displace.py" line="180" />
      <source>The grid cell size must be above 0 m (got {size} m).</source>
      <translation>يجب أن يكون حجم خلية الشبكة أكبر من 0 م (القيمة المستلمة: {size} م).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/consent.py" line="120" />
      <source>The household refused consent: it gave no other answer, but the submission keeps its location, area, time and enumerator, which it did not agree to share. Choose remove_survey to leave it out of the cleaned data, or no_action to keep it.</source>
      <translation>رفضت الأسرة الموافقة: لم تقدّم أي إجابة أخرى، لكن الإرسال يحتفظ بموقعها ومنطقتها ووقتها وجامع البيانات، وهي أمور لم توافق على مشاركتها. اختر remove_survey لاستبعاده من البيانات المنظفة، أو no_action للإبقاء عليه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="144" />
      <source>The k of k-anonymity: every count or combination shared describes at least k people.</source>
      <translation>قيمة k في إخفاء الهوية k (k-anonymity): كل عدد أو تركيبة تُشارَك تصف k شخصًا على الأقل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="249" />
      <source>The key is kept in QGIS's password store: after Export, QGIS may ask for its master password (or to create one). For a one-off export without it, choose a key file.</source>
      <translation>يُحفظ المفتاح في مخزن كلمات المرور في QGIS: بعد «تصدير»، قد يطلب QGIS كلمة المرور الرئيسية (أو إنشاء واحدة). لتصدير لمرة واحدة من دونها، اختر ملف مفتاح.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="234" />
      <source>The key is read from your file; QGIS's password store is not used. Use the same file next time to get the same pseudonyms.</source>
      <translation>يُقرأ المفتاح من ملفك؛ ولا يُستخدم مخزن كلمات المرور في QGIS. استخدم الملف نفسه في المرة القادمة للحصول على الأسماء المستعارة نفسها.</translation>
    </message>
    <message>
      <source>The labels of form {id} could not be read from its XForm ({reason}); question and choice names are shown instead.</source>
      <translation type="vanished">تعذّرت قراءة تسميات النموذج {id} من ملف XForm الخاص به ({reason})؛ تُعرض بدلًا منها أسماء الأسئلة والخيارات.</translation>
    </message>
    <message>
      <source>The language of the form's labels written beside the codes, as the form's label columns name it: English (en), Français (fr), or just fr. Empty: the form's default language. Without a form it changes nothing.</source>
      <translation type="vanished">لغة تسميات النموذج المكتوبة بجوار الرموز، كما تسميها أعمدة التسميات في النموذج: English (en)، أو Français (fr)، أو fr فقط. فارغ: اللغة الافتراضية للنموذج. من دون نموذج لا يغيّر شيئًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="62" />
      <source>The language of the form's labels written beside the codes, as the form's label columns name it: English (en), Français (fr), or just fr; default for the labels of the form's plain 'label' columns, which name no language. Empty: the form's default language. Without a form it changes nothing.</source>
      <translation>لغة تسميات النموذج المكتوبة بجانب الرموز، كما تسمّيها أعمدة التسميات في النموذج: English (en)، Français (fr)، أو fr وحدها؛ default لتسميات أعمدة 'label' البسيطة في النموذج، التي لا تسمّي أي لغة. فارغ: اللغة الافتراضية للنموذج. دون نموذج لا يغيّر شيئًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="40" />
      <source>The language of the form's labels written beside the codes, as the form's label columns name it: English (en), Français (fr), or just fr; default for the labels of the form's plain 'label' columns, which name no language. Empty: the form's default language; with Update, the language the GeoPackage was made with. An update asking another language is refused: its old and new rows would be labelled in two languages.</source>
      <translation>لغة تسميات النموذج المكتوبة بجانب الرموز، كما تسمّيها أعمدة التسميات في النموذج: English (en)، Français (fr)، أو fr وحدها؛ default لتسميات أعمدة 'label' البسيطة في النموذج، التي لا تسمّي أي لغة. فارغ: اللغة الافتراضية للنموذج؛ ومع «تحديث»، اللغة التي أُنشئ بها ملف GeoPackage. يُرفض التحديث الذي يطلب لغة أخرى: إذ ستكون تسميات صفوفه القديمة والجديدة بلغتين.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="59" />
      <source>The language of the offline help in the package, as a two-letter code, e.g. fr. Empty: the language of QGIS.</source>
      <translation>لغة المساعدة دون اتصال في الحزمة، كرمز من حرفين، مثل fr. فارغ: لغة QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="97" />
      <source>The language of the texts the toolkit writes on the map (legend, disclaimer, date, scale), as a two-letter code, e.g. fr. Your own title, subtitle and sources are printed as given.</source>
      <translation>لغة النصوص التي تكتبها الأداة على الخريطة (مفتاح الخريطة، وإخلاء المسؤولية، والتاريخ، والمقياس)، كرمز من حرفين، مثل fr. يُطبع عنوانك وعنوانك الفرعي ومصادرك كما أدخلتها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="131" />
      <source>The last day of data collection (PERIOD_END) '{value}' is not a date: write it YYYY-MM-DD, for example 2026-03-20.</source>
      <translation>اليوم الأخير من جمع البيانات (PERIOD_END) '{value}' ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD، مثلًا 2026-03-20.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="76" />
      <source>The last day of data collection, as YYYY-MM-DD, e.g. 2026-03-20: submissions started later are flagged.</source>
      <translation>اليوم الأخير من جمع البيانات، بالصيغة YYYY-MM-DD، مثل 2026-03-20: تُعلَّم الإرسالات التي بدأت بعده.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="85" />
      <source>The last downloaded copy is still available: {file} ({records} submissions, synced {when}).</source>
      <translation>آخر نسخة تم تنزيلها لا تزال متاحة: {file} ({records} إرسال، مُزامَنة في {when}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="487" />
      <source>The last downloaded copy {file} is in the project ({layers}).</source>
      <translation>آخر نسخة تم تنزيلها {file} موجودة في المشروع ({layers}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="212" />
      <source>The last downloaded copy {file} is in the project.</source>
      <translation>آخر نسخة تم تنزيلها {file} موجودة في المشروع.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="271" />
      <source>The layer to share is missing or cannot be read.</source>
      <translation>الطبقة المراد مشاركتها مفقودة أو لا يمكن قراءتها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="86" />
      <source>The layer {layer} cannot be read from {source}.</source>
      <translation>لا يمكن قراءة الطبقة {layer} من {source}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="135" />
      <source>The layer {layer} could not be reopened from {source}.</source>
      <translation>تعذّرت إعادة فتح الطبقة {layer} من {source}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="100" />
      <source>The layer {layer} does not hold single points: choose "Remove locations" or "Count by admin area" to share it.</source>
      <translation>لا تحتوي الطبقة {layer} على نقاط مفردة: اختر «إزالة المواقع» أو «العدّ حسب الوحدة الإدارية» لمشاركتها.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="115" />
      <source>The layer {layer} has a filter ({filter}): only the {shown} of its %n submissions that it shows are shared, and every count (by area, small counts hidden, rare combinations) is made on them, not on the whole survey; the README says so. To share the whole survey, clear the filter (Layer Properties &gt; Source &gt; Query Builder, or the filter icon in the Layers panel).</source>
      <translation>
        <numerusform>للطبقة {layer} مرشح ({filter}): لا تُشارَك إلا الإرسالات التي تعرضها، أي {shown} من أصل %n إرسال، وكل الأعداد (حسب الوحدة الإدارية، ومع إخفاء الأعداد الصغيرة، والتركيبات النادرة) تُحسب عليها وحدها لا على المسح كله؛ ويذكر README ذلك. لمشاركة المسح كله، أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel)).</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): لا تُشارَك إلا الإرسالات التي تعرضها، أي {shown} من أصل إرسال واحد (%n)، وكل الأعداد (حسب الوحدة الإدارية، ومع إخفاء الأعداد الصغيرة، والتركيبات النادرة) تُحسب عليها وحدها لا على المسح كله؛ ويذكر README ذلك. لمشاركة المسح كله، أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel)).</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): لا تُشارَك إلا الإرسالات التي تعرضها، أي {shown} من أصل إرسالين (%n)، وكل الأعداد (حسب الوحدة الإدارية، ومع إخفاء الأعداد الصغيرة، والتركيبات النادرة) تُحسب عليها وحدها لا على المسح كله؛ ويذكر README ذلك. لمشاركة المسح كله، أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel)).</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): لا تُشارَك إلا الإرسالات التي تعرضها، أي {shown} من أصل %n إرسالات، وكل الأعداد (حسب الوحدة الإدارية، ومع إخفاء الأعداد الصغيرة، والتركيبات النادرة) تُحسب عليها وحدها لا على المسح كله؛ ويذكر README ذلك. لمشاركة المسح كله، أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel)).</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): لا تُشارَك إلا الإرسالات التي تعرضها، أي {shown} من أصل %n إرسالًا، وكل الأعداد (حسب الوحدة الإدارية، ومع إخفاء الأعداد الصغيرة، والتركيبات النادرة) تُحسب عليها وحدها لا على المسح كله؛ ويذكر README ذلك. لمشاركة المسح كله، أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel)).</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): لا تُشارَك إلا الإرسالات التي تعرضها، أي {shown} من أصل %n إرسال، وكل الأعداد (حسب الوحدة الإدارية، ومع إخفاء الأعداد الصغيرة، والتركيبات النادرة) تُحسب عليها وحدها لا على المسح كله؛ ويذكر README ذلك. لمشاركة المسح كله، أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel)).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="86" />
      <source>The layer {layer} has a filter ({filter}): {shown} of %n submissions shown. The checks compare each submission with the whole survey (duplicates, outliers, interviews in bursts) and write its cleaning log, which would lose the pending rows of the hidden submissions, so nothing was checked: clear the filter (Layer Properties &gt; Source &gt; Query Builder, or the filter icon in the Layers panel) and run again.</source>
      <translation>
        <numerusform>للطبقة {layer} مرشح ({filter}): تُعرض {shown} من أصل %n إرسال. تقارن الفحوص كل إرسال بالمسح كله (الإرسالات المكررة، والقيم الشاذة، والمقابلات المتتالية) وتكتب سجل التنظيف الخاص به، مما سيؤدي إلى فقدان الصفوف المعلّقة للإرسالات المخفية، لذا لم يُفحص أي شيء: أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel))، ثم أعد التشغيل.</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): تُعرض {shown} من أصل إرسال واحد (%n). تقارن الفحوص كل إرسال بالمسح كله (الإرسالات المكررة، والقيم الشاذة، والمقابلات المتتالية) وتكتب سجل التنظيف الخاص به، مما سيؤدي إلى فقدان الصفوف المعلّقة للإرسالات المخفية، لذا لم يُفحص أي شيء: أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel))، ثم أعد التشغيل.</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): تُعرض {shown} من أصل إرسالين (%n). تقارن الفحوص كل إرسال بالمسح كله (الإرسالات المكررة، والقيم الشاذة، والمقابلات المتتالية) وتكتب سجل التنظيف الخاص به، مما سيؤدي إلى فقدان الصفوف المعلّقة للإرسالات المخفية، لذا لم يُفحص أي شيء: أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel))، ثم أعد التشغيل.</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): تُعرض {shown} من أصل %n إرسالات. تقارن الفحوص كل إرسال بالمسح كله (الإرسالات المكررة، والقيم الشاذة، والمقابلات المتتالية) وتكتب سجل التنظيف الخاص به، مما سيؤدي إلى فقدان الصفوف المعلّقة للإرسالات المخفية، لذا لم يُفحص أي شيء: أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel))، ثم أعد التشغيل.</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): تُعرض {shown} من أصل %n إرسالًا. تقارن الفحوص كل إرسال بالمسح كله (الإرسالات المكررة، والقيم الشاذة، والمقابلات المتتالية) وتكتب سجل التنظيف الخاص به، مما سيؤدي إلى فقدان الصفوف المعلّقة للإرسالات المخفية، لذا لم يُفحص أي شيء: أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel))، ثم أعد التشغيل.</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): تُعرض {shown} من أصل %n إرسال. تقارن الفحوص كل إرسال بالمسح كله (الإرسالات المكررة، والقيم الشاذة، والمقابلات المتتالية) وتكتب سجل التنظيف الخاص به، مما سيؤدي إلى فقدان الصفوف المعلّقة للإرسالات المخفية، لذا لم يُفحص أي شيء: أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel))، ثم أعد التشغيل.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="101" />
      <source>The layer {layer} has a filter ({filter}): {shown} of %n submissions shown. The cleaned survey is the whole survey minus the submissions the cleaning log removes, so nothing was written: clear the filter (Layer Properties &gt; Source &gt; Query Builder, or the filter icon in the Layers panel) and run again.</source>
      <translation>
        <numerusform>للطبقة {layer} مرشح ({filter}): تُعرض {shown} من أصل %n إرسال. المسح المنظف هو المسح كله مطروحًا منه الإرسالات التي يحذفها سجل التنظيف، لذا لم يُكتب أي شيء: أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel))، ثم أعد التشغيل.</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): تُعرض {shown} من أصل إرسال واحد (%n). المسح المنظف هو المسح كله مطروحًا منه الإرسالات التي يحذفها سجل التنظيف، لذا لم يُكتب أي شيء: أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel))، ثم أعد التشغيل.</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): تُعرض {shown} من أصل إرسالين (%n). المسح المنظف هو المسح كله مطروحًا منه الإرسالات التي يحذفها سجل التنظيف، لذا لم يُكتب أي شيء: أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel))، ثم أعد التشغيل.</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): تُعرض {shown} من أصل %n إرسالات. المسح المنظف هو المسح كله مطروحًا منه الإرسالات التي يحذفها سجل التنظيف، لذا لم يُكتب أي شيء: أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel))، ثم أعد التشغيل.</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): تُعرض {shown} من أصل %n إرسالًا. المسح المنظف هو المسح كله مطروحًا منه الإرسالات التي يحذفها سجل التنظيف، لذا لم يُكتب أي شيء: أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel))، ثم أعد التشغيل.</numerusform>
        <numerusform>للطبقة {layer} مرشح ({filter}): تُعرض {shown} من أصل %n إرسال. المسح المنظف هو المسح كله مطروحًا منه الإرسالات التي يحذفها سجل التنظيف، لذا لم يُكتب أي شيء: أزِل المرشح (من «خصائص الطبقة &gt; المصدر &gt; منشئ الاستعلامات» (Layer Properties &gt; Source &gt; Query Builder)، أو من أيقونة المرشح في لوحة الطبقات (Layers panel))، ثم أعد التشغيل.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/snapshot.py" line="77" />
      <source>The layer {layer} has no _uuid column: submissions cannot be matched.</source>
      <translation>الطبقة {layer} ليس فيها عمود _uuid: لا يمكن مطابقة الإرسالات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="448" />
      <source>The layer {layer} has no field {field} ({what}).</source>
      <translation>لا تحتوي الطبقة {layer} على الحقل {field} ({what}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="104" />
      <source>The layer {layer} has no field {field} ({what}). Available fields: {fields}.</source>
      <translation>لا تحتوي الطبقة {layer} على الحقل {field} ({what}). الحقول المتاحة: {fields}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="137" />
      <source>The layer {layer} has no field {field} to label the areas.</source>
      <translation>لا تحتوي الطبقة {layer} على الحقل {field} لتسمية الوحدات الإدارية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="273" />
      <source>The layer {layer} has no field {field} to map.</source>
      <translation>لا تحتوي الطبقة {layer} على الحقل {field} لعرضه على الخريطة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/layouts.py" line="176" />
      <source>The layer {layer} has no field {field} to name the atlas pages.</source>
      <translation>لا تحتوي الطبقة {layer} على الحقل {field} لتسمية صفحات الأطلس.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="401" />
      <source>The layer {layer} has no field {field}.</source>
      <translation>لا تحتوي الطبقة {layer} على الحقل {field}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="91" />
      <source>The layer {layer} has no field {field}: it is needed to name each submission in the cleaning log.</source>
      <translation>لا تحتوي الطبقة {layer} على الحقل {field}: وهو لازم لتحديد كل إرسال في سجل التنظيف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="430" />
      <source>The layer {layer} has no field {field}: the cleaning log names each submission by it.</source>
      <translation>لا تحتوي الطبقة {layer} على الحقل {field}: يحدد سجل التنظيف كل إرسال به.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_records.py" line="177" />
      <source>The layer {layer} has no submission id column ({columns}): each point's offset follows its row number (fid). A copy made from a re-imported or re-ordered file moves the points another way: do not give both copies to the same partner.</source>
      <translation>الطبقة {layer} ليس فيها عمود لمعرّف الإرسال ({columns}): إزاحة كل نقطة تتبع رقم صفها (fid). والنسخة المأخوذة من ملف أُعيد استيراده أو أُعيد ترتيبه تُزيح النقاط بطريقة أخرى: لا تعطِ النسختين للشريك نفسه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="163" />
      <source>The layer {layer} holds no points ({kind}): choose the survey's point layer, or the field of the submissions that holds their P-code.</source>
      <translation>لا تحتوي الطبقة {layer} على نقاط ({kind}): اختر طبقة نقاط المسح، أو حقل الإرسالات الذي يحتوي على رمز P-code الخاص بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="156" />
      <source>The layer {layer} is not a polygon layer.</source>
      <translation>الطبقة {layer} ليست طبقة مضلعات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="266" />
      <source>The layer {layer} is not in a GeoPackage: choose a GeoPackage for the cleaning log.</source>
      <translation>الطبقة {layer} ليست في ملف GeoPackage: اختر ملف GeoPackage لسجل التنظيف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="101" />
      <source>The layer {layer} is not in a GeoPackage: choose the cleaning log file.</source>
      <translation>الطبقة {layer} ليست في ملف GeoPackage: اختر ملف سجل التنظيف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="88" />
      <source>The layer {layer} of the field package cannot be read: {file}</source>
      <translation>لا يمكن قراءة الطبقة {layer} من الحزمة الميدانية: {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="260" />
      <source>The layer's point lies {distance} m from these coordinates, at latitude {lat}, longitude {lon}: it was moved after the import, and the GPS checks used it. The new value brings the column to it.</source>
      <translation>تقع نقطة الطبقة على بُعد {distance} م من هذه الإحداثيات، عند خط العرض {lat} وخط الطول {lon}: نُقلت بعد الاستيراد، واستخدمتها فحوص GPS. القيمة الجديدة تجعل العمود يطابقها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="490" />
      <source>The layer's points are where interviews took place, often people's homes: displace, snap or aggregate them before sharing.</source>
      <translation>نقاط الطبقة هي أماكن إجراء المقابلات، وغالبًا ما تكون مساكن الأشخاص: أزِحها أو ألصقها بشبكة أو اجمعها قبل مشاركتها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="93" />
      <source>The layout template has no {kind} item with the id {id}.</source>
      <translation>لا يحتوي قالب التخطيط على عنصر {kind} بالمعرّف {id}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="80" />
      <source>The layout template {file} is not valid XML.</source>
      <translation>قالب التخطيط {file} ليس XML صالحًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/fitting.py" line="217" />
      <source>The legend is too long for its box: some entries are cut.</source>
      <translation>مفتاح الخريطة أطول من إطاره: بعض العناصر مقطوعة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="367" />
      <source>The location column {column} is not in {file}.</source>
      <translation>عمود الموقع {column} غير موجود في {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="227" />
      <source>The login of '{name}' is read from the QGIS authentication manager (configuration {authcfg}).</source>
      <translation>تُقرأ بيانات الاعتماد الخاصة بـ «{name}» من مدير المصادقة في QGIS (الإعداد {authcfg}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="151" />
      <source>The map file; its extension sets the format: .pdf (vector, best for print), .png (image) or .svg (to edit in a drawing program), e.g. household_survey_map.pdf.</source>
      <translation>ملف الخريطة؛ يحدد امتداده الصيغة: .pdf (متجهي، الأفضل للطباعة)، أو .png (صورة)، أو .svg (للتعديل في برنامج رسم)، مثل household_survey_map.pdf.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="79" />
      <source>The map title, e.g. Household WASH survey, Central African Republic. Empty: a title in the map's language saying what is mapped.</source>
      <translation>عنوان الخريطة، مثل مسح المياه والصرف الصحي والنظافة للأسر، جمهورية أفريقيا الوسطى. فارغ: عنوان بلغة الخريطة يوضح ما يُمثَّل عليها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/aggregate_safe.py" line="133" />
      <source>The minimum count k must be 2 or more (got {k}).</source>
      <translation>يجب أن يكون العدد الأدنى k مساويًا لـ 2 أو أكثر (القيمة المستلمة: {k}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="102" />
      <source>The minimum zoom {low} is above the maximum zoom {high}: choose a minimum zoom at or below the maximum.</source>
      <translation>مستوى التكبير الأدنى {low} أعلى من مستوى التكبير الأقصى {high}: اختر مستوى أدنى يساوي الأقصى أو أقل منه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="71" />
      <source>The name "{column}" contains "{keyword}": it likely holds {what}.</source>
      <translation>يتضمن الاسم «{column}» الكلمة «{keyword}»: يحتوي العمود على الأرجح على {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="63" />
      <source>The name of the package, given to its folder and its zip, e.g. team_a_bangui. Default field_package.</source>
      <translation>اسم الحزمة، يُعطى لمجلدها ولملف zip الخاص بها، مثل team_a_bangui. الافتراضي field_package.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="46" />
      <source>The new schema: lower case letters, digits and _. Empty: made from the GeoPackage's file name.</source>
      <translation>المخطط الجديد: حروف صغيرة وأرقام و_. فارغ: يُشتق من اسم ملف GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="120" />
      <source>The number of colour classes, from 2 to 7 (default 5). Fewer classes read better on paper.</source>
      <translation>عدد فئات الألوان، من 2 إلى 7 (الافتراضي 5). الفئات الأقل أسهل قراءةً على الورق.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="66" />
      <source>The number of submissions of form {uid} went down from {before} to {after} during the download (submissions were deleted on the server), so some could have been missed. Nothing was changed; download again.</source>
      <translation>انخفض عدد إرسالات النموذج {uid} من {before} إلى {after} أثناء التنزيل (حُذفت إرسالات على الخادم)، لذا ربما فات بعضها. لم يُغيَّر أي شيء؛ أعد التنزيل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="115" />
      <source>The number of the project on ODK Central, as in its address: https://central.example.org/#/projects/3 is project 3. Default 1.</source>
      <translation>رقم المشروع في ODK Central، كما في عنوانه: https://central.example.org/#/projects/3 هو المشروع 3. الافتراضي 1.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="65" />
      <source>The numeric field the areas are coloured by: submissions (the count, default), answer_pct (a share in % of the submissions answering), value_mean or value_median.</source>
      <translation>الحقل الرقمي الذي تُلوَّن الوحدات الإدارية حسبه: submissions (عدد الإرسالات، الافتراضي)، أو answer_pct (نسبة بـ % من الإرسالات التي أجابت)، أو value_mean أو value_median.</translation>
    </message>
    <message>
      <source>The numeric field the areas are coloured by: submissions (the count, default), answer_pct (a share in %), value_mean or value_median.</source>
      <translation type="vanished">الحقل الرقمي الذي تُلوَّن الوحدات الإدارية حسبه: submissions (عدد الإرسالات، الافتراضي)، أو answer_pct (نسبة بـ %)، أو value_mean أو value_median.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="253" />
      <source>The office GeoPackage or the returned one has no 'survey' layer: import the survey first.</source>
      <translation>لا يحتوي GeoPackage المكتب أو المُعاد على طبقة 'survey': قم باستيراد المسح أولًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="210" />
      <source>The office GeoPackage was merged, but the conflicts file {file} could not be written ({reason}): the same list is in its table {table}. Close the program that has the file open if any.</source>
      <translation>دُمج GeoPackage المكتب، لكن تعذّرت كتابة ملف التعارضات {file} ({reason}): القائمة نفسها موجودة في الجدول {table} داخل GeoPackage. أغلق البرنامج الذي يفتح الملف، إن وُجد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="127" />
      <source>The office GeoPackage {file} does not exist.</source>
      <translation>ملف GeoPackage الخاص بالمكتب {file} غير موجود.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="89" />
      <source>The office survey GeoPackage the package was prepared from, e.g. household_survey.gpkg. New submissions, values edited by the field team and cleaning decisions are merged into it; raw rows already there never change.</source>
      <translation>ملف GeoPackage لمسح المكتب الذي أُعدت منه الحزمة، مثل household_survey.gpkg. تُدمج فيه الإرسالات الجديدة والقيم التي عدّلها الفريق الميداني وقرارات التنظيف؛ ولا تتغير أبدًا الصفوف الخام الموجودة فيه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="299" />
      <source>The offline background is a vector map instead: {file} (countries and admin boundaries).</source>
      <translation>الخلفية غير المتصلة هي بدلًا من ذلك خريطة متجهية: {file} (البلدان والحدود الإدارية).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="368" />
      <source>The offline background is a vector map of the countries and admin boundaries.</source>
      <translation>الخلفية غير المتصلة خريطة متجهية للبلدان والحدود الإدارية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="260" />
      <source>The offline basemap would need {estimate} This is more than the cap of {cap} tiles: choose a smaller area or fewer zoom levels, or raise the maximum number of tiles if you have the time and the connection. Nothing was downloaded.</source>
      <translation>ستحتاج خريطة الأساس غير المتصلة إلى {estimate} وهذا أكثر من الحد البالغ {cap} بلاطة: اختر منطقة أصغر أو مستويات تكبير أقل، أو ارفع الحد الأقصى لعدد البلاطات إن كان لديك الوقت والاتصال. لم يتم تنزيل أي شيء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="249" />
      <source>The offline basemap {file} must be an .mbtiles file.</source>
      <translation>يجب أن تكون خريطة الأساس غير المتصلة {file} ملفًا بصيغة ‎.mbtiles.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="86" />
      <source>The output folder {folder} is not empty: choose an empty or new folder, so that nothing already there is replaced.</source>
      <translation>مجلد الإخراج {folder} ليس فارغًا: اختر مجلدًا فارغًا أو جديدًا، حتى لا يُستبدل أي شيء موجود فيه.</translation>
    </message>
    <message>
      <source>The output must not overwrite the input file {file}.</source>
      <translation type="vanished">يجب ألا يحل الناتج محل ملف الإدخال {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="100" />
      <source>The output refused the feature {fid} (uuid {uuid}){error}: no cleaned layer was written, as it would miss that submission.</source>
      <translation>رفض الإخراج المعلم {fid} (uuid {uuid}){error}: لم تُكتب الطبقة المنظفة، إذ كان سينقصها ذلك الإرسال.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/outputs.py" line="145" />
      <source>The output {output} is the file {file} that the input "{input}" is read from: writing it would delete every layer and table that file holds (survey, raw data, cleaning log). Nothing was written; choose another file name.</source>
      <translation>الناتج {output} هو الملف {file} الذي يُقرأ منه المُدخل «{input}»: كتابته ستحذف كل طبقة وجدول في ذلك الملف (المسح، البيانات الخام، سجل التنظيف). لم يُكتب أي شيء؛ اختر اسم ملف آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/outputs.py" line="137" />
      <source>The output {output} would replace the table {table} of {file}, which the input "{input}" reads or which holds collected data or the toolkit's records. Nothing was written; choose another table name.</source>
      <translation>سيحل الناتج {output} محل الجدول {table} في {file}، الذي يقرؤه المُدخل «{input}» أو الذي يحتوي على بيانات مجموعة أو سجلات الإضافة. لم يُكتب أي شيء؛ اختر اسم جدول آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="151" />
      <source>The output {path} would be written outside the chosen folder {folder}; nothing was written.</source>
      <translation>سيُكتب الناتج {path} خارج المجلد المختار {folder}؛ لم يُكتب أي شيء.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/personal.py" line="224" />
      <source>The package did not carry %n columns of personal data ({columns}): they were not merged, the office values stay as they are.</source>
      <translation>
        <numerusform>لم تحمل الحزمة %n عمود من البيانات الشخصية ({columns}): لم تُدمج، وتبقى قيم المكتب كما هي.</numerusform>
        <numerusform>لم تحمل الحزمة عمودًا واحدًا (%n) من البيانات الشخصية ({columns}): لم يُدمج، وتبقى قيم المكتب كما هي.</numerusform>
        <numerusform>لم تحمل الحزمة عمودين (%n) من البيانات الشخصية ({columns}): لم يُدمجا، وتبقى قيم المكتب كما هي.</numerusform>
        <numerusform>لم تحمل الحزمة %n أعمدة من البيانات الشخصية ({columns}): لم تُدمج، وتبقى قيم المكتب كما هي.</numerusform>
        <numerusform>لم تحمل الحزمة %n عمودًا من البيانات الشخصية ({columns}): لم تُدمج، وتبقى قيم المكتب كما هي.</numerusform>
        <numerusform>لم تحمل الحزمة %n عمود من البيانات الشخصية ({columns}): لم تُدمج، وتبقى قيم المكتب كما هي.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="353" />
      <source>The package is ready</source>
      <translation>الحزمة جاهزة</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/field/field_times.py" line="253" />
      <source>The package records no time zone (prepared by an earlier version): %n date-times written in the field without a time zone ({columns}) were read in this computer's time zone ({zone}) and stored in UTC; check them if the field laptops were set to another time zone.</source>
      <translation>
        <numerusform>لا تسجّل الحزمة أي منطقة زمنية (حضّرها إصدار سابق): %n قيمة تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بالمنطقة الزمنية لهذا الحاسوب ({zone}) وحُفظت بتوقيت UTC؛ تحقّق منها إن كانت الحواسيب المحمولة الميدانية مضبوطة على منطقة زمنية أخرى.</numerusform>
        <numerusform>لا تسجّل الحزمة أي منطقة زمنية (حضّرها إصدار سابق): قيمة تاريخ ووقت واحدة (%n) كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بالمنطقة الزمنية لهذا الحاسوب ({zone}) وحُفظت بتوقيت UTC؛ تحقّق منها إن كانت الحواسيب المحمولة الميدانية مضبوطة على منطقة زمنية أخرى.</numerusform>
        <numerusform>لا تسجّل الحزمة أي منطقة زمنية (حضّرها إصدار سابق): قيمتا تاريخ ووقت (%n) كُتبتا في الميدان بلا منطقة زمنية ({columns}) قُرئتا بالمنطقة الزمنية لهذا الحاسوب ({zone}) وحُفظتا بتوقيت UTC؛ تحقّق منهما إن كانت الحواسيب المحمولة الميدانية مضبوطة على منطقة زمنية أخرى.</numerusform>
        <numerusform>لا تسجّل الحزمة أي منطقة زمنية (حضّرها إصدار سابق): %n قيم تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بالمنطقة الزمنية لهذا الحاسوب ({zone}) وحُفظت بتوقيت UTC؛ تحقّق منها إن كانت الحواسيب المحمولة الميدانية مضبوطة على منطقة زمنية أخرى.</numerusform>
        <numerusform>لا تسجّل الحزمة أي منطقة زمنية (حضّرها إصدار سابق): %n قيمةَ تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بالمنطقة الزمنية لهذا الحاسوب ({zone}) وحُفظت بتوقيت UTC؛ تحقّق منها إن كانت الحواسيب المحمولة الميدانية مضبوطة على منطقة زمنية أخرى.</numerusform>
        <numerusform>لا تسجّل الحزمة أي منطقة زمنية (حضّرها إصدار سابق): %n قيمة تاريخ ووقت كُتبت في الميدان بلا منطقة زمنية ({columns}) قُرئت بالمنطقة الزمنية لهذا الحاسوب ({zone}) وحُفظت بتوقيت UTC؛ تحقّق منها إن كانت الحواسيب المحمولة الميدانية مضبوطة على منطقة زمنية أخرى.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="144" />
      <source>The package still holds the exact location of each submission (the points of the map).</source>
      <translation>لا تزال الحزمة تحتوي على الموقع الدقيق لكل إرسال (نقاط الخريطة).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="85" />
      <source>The package the team brought back: its zip, its manifest.json or its survey GeoPackage, e.g. field_package.zip.</source>
      <translation>الحزمة التي أعادها الفريق: ملف zip الخاص بها، أو manifest.json، أو ملف GeoPackage للمسح، مثل field_package.zip.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="260" />
      <source>The package {package} was not prepared from {office}: none of its {count} submissions are there (another survey?). Nothing was merged; merge it into the survey file it was made from.</source>
      <translation>لم تُحضَّر الحزمة {package} من {office}: لا يوجد فيه أي من إرسالاتها البالغة {count} (مسح آخر؟). لم يُدمج شيء؛ ادمجها في ملف المسح الذي حُضّرت منه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect.py" line="184" />
      <source>The personal-data keyword file {file} cannot be used ({error}). Fix it or clear the setting {setting} to use the bundled list.</source>
      <translation>لا يمكن استخدام ملف الكلمات المفتاحية للبيانات الشخصية {file} ({error}). صحّحه أو أفرغ الإعداد {setting} لاستخدام القائمة المرفقة بالإضافة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="200" />
      <source>The point lies in {found}, the answer is {answered}, and the other answers agree with {answered} ({answers}): the GPS point is more likely wrong than the answer. Check the location; give {found} as the new value only if the household really is there.</source>
      <translation>تقع النقطة في {found}، بينما تشير الإجابة إلى {answered}، وتتفق الإجابات الأخرى مع {answered} ({answers}): الأرجح أن نقطة GPS هي الخاطئة لا الإجابة. تحقّق من الموقع؛ ولا تُدخل {found} قيمةً جديدة إلا إذا كانت الأسرة موجودة هناك فعلًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="205" />
      <source>The point lies in {found}, the answer is {answered}.</source>
      <translation>تقع النقطة في {found}، بينما تشير الإجابة إلى {answered}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/map_points.py" line="73" />
      <source>The points of {layer} are not a protected copy: household locations are personal data, so this map is not georeferenced; share it only if that was decided, or give the points of a copy made by “Export for sharing” instead.</source>
      <translation>نقاط {layer} ليست نسخة محمية: مواقع الأسر بيانات شخصية، لذا فهذه الخريطة غير مُسنَدة جغرافيًا؛ لا تشاركها إلا إذا تقرّر ذلك، أو قدّم بدلًا من ذلك نقاط نسخة أُنشئت بـ «التصدير للمشاركة».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/project.py" line="115" />
      <source>The project {file} could not be written: {error}</source>
      <translation>تعذّرت كتابة المشروع {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="97" />
      <source>The project's polygon layers with a P-code field. The package takes the whole file they come from.</source>
      <translation>طبقات المضلعات في المشروع التي فيها حقل P-code. تأخذ الحزمة الملف الذي جاءت منه كاملًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="72" />
      <source>The proxy set in QGIS (Settings &gt; Options &gt; Network) does not answer or refused the connection to {host} ({reason}). Check the proxy settings with your IT team.</source>
      <translation>الوكيل (proxy) المعيّن في QGIS (الإعدادات &gt; الخيارات &gt; الشبكة) لا يستجيب أو رفض الاتصال بـ {host} ({reason}). تحقّق من إعدادات الوكيل مع فريق تقنية المعلومات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="140" />
      <source>The pseudonymisation key could not be saved in the QGIS authentication database.</source>
      <translation>تعذّر حفظ مفتاح الترميز المستعار في قاعدة بيانات المصادقة في QGIS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="77" />
      <source>The pseudonymisation key in {source} must be at least 32 hexadecimal characters (64 recommended), on one line.</source>
      <translation>يجب أن يتكون مفتاح الترميز المستعار في {source} من 32 حرفًا ست عشريًا على الأقل (يُنصح بـ 64)، في سطر واحد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="68" />
      <source>The question "{column}" is labelled "{label}", which contains "{keyword}": it likely holds {what}.</source>
      <translation>تسمية السؤال «{column}» هي «{label}»، وتتضمن الكلمة «{keyword}»: يحتوي العمود على الأرجح على {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="375" />
      <source>The question has no answer to count: choose another question.</source>
      <translation>لا يحتوي السؤال على أي إجابة يمكن عدّها: اختر سؤالًا آخر.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="224" />
      <source>The questions of %n repeat tables ({repeats}) were not checked: the cleaning log names submissions, not repeat rows.</source>
      <translation>
        <numerusform>لم تُفحص أسئلة %n جدول تكرار ({repeats}): يسمّي سجل التنظيف الإرسالات لا صفوف التكرار.</numerusform>
        <numerusform>لم تُفحص أسئلة جدول تكرار واحد (%n) ({repeats}): يسمّي سجل التنظيف الإرسالات لا صفوف التكرار.</numerusform>
        <numerusform>لم تُفحص أسئلة جدولي تكرار (%n) ({repeats}): يسمّي سجل التنظيف الإرسالات لا صفوف التكرار.</numerusform>
        <numerusform>لم تُفحص أسئلة %n جداول تكرار ({repeats}): يسمّي سجل التنظيف الإرسالات لا صفوف التكرار.</numerusform>
        <numerusform>لم تُفحص أسئلة %n جدولًا للتكرار ({repeats}): يسمّي سجل التنظيف الإرسالات لا صفوف التكرار.</numerusform>
        <numerusform>لم تُفحص أسئلة %n جدول تكرار ({repeats}): يسمّي سجل التنظيف الإرسالات لا صفوف التكرار.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="183" />
      <source>The repeat tables ({tables}) could not be written beside the cleaned layer ({reason}). Nothing was written under its name.</source>
      <translation>تعذّرت كتابة جداول التكرار ({tables}) بجوار الطبقة المنظَّفة ({reason}). لم يُكتب أي شيء باسمها.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="260" />
      <source>The repeat tables ({tables}) were written beside the cleaned layer, without the %n rows that belong to removed submissions ({counts}).</source>
      <translation>
        <numerusform>كُتبت جداول التكرار ({tables}) بجوار الطبقة المنظَّفة، دون %n صف ينتمي إلى إرسالات محذوفة ({counts}).</numerusform>
        <numerusform>كُتبت جداول التكرار ({tables}) بجوار الطبقة المنظَّفة، دون الصف الواحد (%n) الذي ينتمي إلى إرسال محذوف ({counts}).</numerusform>
        <numerusform>كُتبت جداول التكرار ({tables}) بجوار الطبقة المنظَّفة، دون الصفين (%n) اللذين ينتميان إلى إرسالات محذوفة ({counts}).</numerusform>
        <numerusform>كُتبت جداول التكرار ({tables}) بجوار الطبقة المنظَّفة، دون %n صفوف تنتمي إلى إرسالات محذوفة ({counts}).</numerusform>
        <numerusform>كُتبت جداول التكرار ({tables}) بجوار الطبقة المنظَّفة، دون %n صفًا تنتمي إلى إرسالات محذوفة ({counts}).</numerusform>
        <numerusform>كُتبت جداول التكرار ({tables}) بجوار الطبقة المنظَّفة، دون %n صف تنتمي إلى إرسالات محذوفة ({counts}).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_repeats.py" line="253" />
      <source>The repeat tables ({tables}) were written beside the cleaned layer; none of their rows belongs to a removed submission.</source>
      <translation>كُتبت جداول التكرار ({tables}) بجوار الطبقة المنظَّفة؛ ولا ينتمي أي صف من صفوفها إلى إرسال محذوف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="183" />
      <source>The request to {host} for {what} could not be sent: the token, the password or the server address holds a character that cannot be sent (a line break, or a character copied by mistake). Copy the token or password again, check the server address, then try again.</source>
      <translation>تعذّر إرسال الطلب إلى {host} بشأن {what}: يحتوي رمز الوصول أو كلمة المرور أو عنوان الخادم على حرف لا يمكن إرساله (فاصل سطر، أو حرف نُسخ عن طريق الخطأ). انسخ رمز الوصول أو كلمة المرور مجددًا، وتحقّق من عنوان الخادم، ثم أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="106" />
      <source>The returned package brings nothing new (merged already?): {file} was left as it was.</source>
      <translation>الحزمة المُعادة لا تأتي بجديد (هل دُمجت من قبل؟): بقي {file} كما كان.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="89" />
      <source>The returned package {file} holds no survey GeoPackage named {name} (found: {found}).</source>
      <translation>الحزمة المُعادة {file} لا تحتوي على GeoPackage مسح باسم {name} (الموجود: {found}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="77" />
      <source>The returned package {file} is neither a field package folder, its zip, nor a GeoPackage.</source>
      <translation>الحزمة المُعادة {file} ليست مجلد حزمة ميدانية ولا ملف zip الخاص بها ولا GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="85" />
      <source>The review sheet {file} cannot be read: {error}</source>
      <translation>لا يمكن قراءة ورقة المراجعة {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="72" />
      <source>The review sheet {file} does not exist.</source>
      <translation>ورقة المراجعة {file} غير موجودة.</translation>
    </message>
    <message>
      <source>The review sheet {file} has no column {columns}: export it again from the shared log (it needs log_id, version and change_type).</source>
      <translation type="vanished">ورقة المراجعة {file} ليس فيها العمود {columns}: صدّرها مجددًا من السجل المشترك (تحتاج إلى log_id وversion وchange_type).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="111" />
      <source>The review sheet {file} has no column {columns}: export it again from the shared log (it needs log_id, version, uuid, question and change_type).</source>
      <translation>ورقة المراجعة {file} ليس فيها العمود {columns}: صدّرها مجددًا من السجل المشترك (تحتاج إلى log_id وversion وuuid وquestion (السؤال) وchange_type).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review_sheet.py" line="181" />
      <source>The review sheet {file} has the column {column} more than once (columns {letters}): which one to read cannot be told. Keep one column {column} (delete or rename the others), then try again.</source>
      <translation>تحتوي ورقة المراجعة {file} على العمود {column} أكثر من مرة (الأعمدة {letters}): لا يمكن معرفة أيها يُقرأ. أبقِ عمودًا واحدًا باسم {column} (احذف الأعمدة الأخرى أو أعد تسميتها)، ثم أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="251" />
      <source>The review sheet {file} is not from the cleaning log of {schema}: {count} of its {total} rows name another submission or question than the log row of the same log_id (row {row}: {uuid}, {question} in the sheet; {db_uuid}, {db_question} in the log). Nothing was saved. Choose the schema the sheet was exported from, or export a new review sheet from {schema} and decide on it.</source>
      <translation>ورقة المراجعة {file} ليست من سجل التنظيف الخاص بـ {schema}: {count} من صفوفها الـ{total} تذكر إرسالًا أو سؤالًا غير ما يذكره صف السجل الذي له log_id نفسه (الصف {row}: {uuid}، {question} في الورقة؛ {db_uuid}، {db_question} في السجل). لم يُحفظ أي شيء. اختر المخطط الذي صُدّرت منه الورقة، أو صدّر ورقة مراجعة جديدة من {schema} وقرّر بناءً عليها.</translation>
    </message>
    <message>
      <source>The reviewed log is saved, then applied: the cleaned copy is the layer 'survey_cleaned' of the same GeoPackage. The raw data stays as it was.</source>
      <translation type="vanished">يُحفظ السجل بعد مراجعته ثم يُطبَّق: النسخة المنظفة هي الطبقة «survey_cleaned» في ملف GeoPackage نفسه. تبقى البيانات الخام كما هي.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="128" />
      <source>The reviewed log is saved; applying it writes the cleaned copy, the layer 'survey_cleaned' of the same GeoPackage. The raw data stays as it was.</source>
      <translation>حُفظ السجل المُراجَع؛ وتطبيقه يكتب النسخة المنظفة، أي الطبقة 'survey_cleaned' في ملف GeoPackage نفسه. تبقى البيانات الخام كما كانت.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="138" />
      <source>The role {role} already exists and is not the one the toolkit made for the survey {schema}: its members would be able to read the survey. Nothing was written. Choose another schema name.</source>
      <translation>الدور {role} موجود بالفعل وليس الدور الذي أنشأته مجموعة الأدوات للمسح {schema}: سيتمكن أعضاؤه من قراءة المسح. لم يُكتب أي شيء. اختر اسم مخطط آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/roles.py" line="118" />
      <source>The role {role} does not exist and you may not create roles. Ask the database administrator to run: CREATE ROLE {role} NOLOGIN; (or to give you CREATEROLE).</source>
      <translation>الدور {role} غير موجود ولا يحق لك إنشاء أدوار. اطلب من مسؤول قاعدة البيانات تنفيذ: CREATE ROLE {role} NOLOGIN; (أو منحك CREATEROLE).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/replace.py" line="199" />
      <source>The roles {reviewer} and {viewer} were kept with their members ({members}): they now read the new survey of {schema}. Revoke a role from anyone who should not (REVOKE &lt;role&gt; FROM &lt;person&gt;).</source>
      <translation>احتُفظ بالدورين {reviewer} و{viewer} مع أعضائهما ({members}): أصبحوا الآن يقرؤون المسح الجديد في {schema}. اسحب الدور ممن لا ينبغي له قراءته (REVOKE &lt;role&gt; FROM &lt;person&gt;).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="75" />
      <source>The same identifiers under another name replaced by pseudonyms with the same key: {columns}.</source>
      <translation>المعرّفات نفسها تحت اسم آخر، استُبدلت بأسماء مستعارة بالمفتاح نفسه: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="117" />
      <source>The sample dataset was not found in {folder}; reinstall the plugin.</source>
      <translation>لم يُعثر على مجموعة البيانات التجريبية في {folder}؛ أعد تثبيت الإضافة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="398" />
      <source>The saved connection '{name}' holds an old token or password: choose 'New connection', enter the new one and save it under the same name.</source>
      <translation>الاتصال المحفوظ «{name}» يحتوي على رمز وصول أو كلمة مرور قديمة: اختر «اتصال جديد»، وأدخل القيمة الجديدة واحفظها بالاسم نفسه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="108" />
      <source>The saved credentials '{authcfg}' were not found in the QGIS authentication database. Enter the token or password again.</source>
      <translation>لم يُعثر على بيانات الاعتماد المحفوظة «{authcfg}» في قاعدة بيانات المصادقة في QGIS. أدخل رمز الوصول أو كلمة المرور مجددًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="130" />
      <source>The schema {schema} already holds a table '{table}' that is not a cleaned layer: it is left as it is. Choose another table name, such as {suggestion}.</source>
      <translation>يحتوي المخطط {schema} بالفعل على جدول '{table}' ليس من نوع الطبقة المنظفة: يُترك كما هو. اختر اسم جدول آخر، مثل {suggestion}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/replace.py" line="142" />
      <source>The schema {schema} holds another survey (form '{stored_form}', from {stored_source}) than {file} (form '{form}'): it is not replaced. Nothing was written. Check the schema name; to replace that survey and everything saved in it by this one, also choose 'Replace it even when it holds another survey or decisions'.</source>
      <translation>يحتوي المخطط {schema} على مسح آخر (النموذج '{stored_form}'، من {stored_source}) غير {file} (النموذج '{form}'): فلا يُستبدل. لم يُكتب أي شيء. تحقّق من اسم المخطط؛ ولاستبدال ذلك المسح وكل ما حُفظ فيه بهذا المسح، اختر أيضًا 'استبداله حتى لو كان يحتوي على مسح آخر أو قرارات'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="103" />
      <source>The secret named by {source} ({what})</source>
      <translation>السر الذي يشير إليه {source} ({what})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="84" />
      <source>The secret of the authentication configuration {authcfg} ({what})</source>
      <translation>السر الخاص بإعداد المصادقة {authcfg} ({what})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="336" />
      <source>The secret of the saved connection {name}</source>
      <translation>السر الخاص بالاتصال المحفوظ {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="240" />
      <source>The secure connection (HTTPS/TLS) to {host} failed: {reason}. Check the server address (https:// or http://) and the computer's date and time; if your organisation inspects traffic, ask your IT team for its certificate.</source>
      <translation>فشل الاتصال الآمن (HTTPS/TLS) بـ {host}: {reason}. تحقّق من عنوان الخادم (https:// أو http://) ومن تاريخ الحاسوب ووقته؛ وإذا كانت مؤسستك تفحص حركة البيانات، فاطلب شهادتها من فريق تقنية المعلومات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="458" />
      <source>The server address cannot be read: write it the way https://kf.kobotoolbox.org is written.</source>
      <translation>تعذّرت قراءة عنوان الخادم: اكتبه كما يُكتب https://kf.kobotoolbox.org.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="470" />
      <source>The server address must be the address alone, such as {address}: a user name, password or token written in it (before @, after ? or #) would be saved with the data, so give them in the authentication configuration or SECRET instead.</source>
      <translation>يجب أن يكون عنوان الخادم هو العنوان وحده، مثل {address}: فاسم المستخدم أو كلمة المرور أو رمز الوصول المكتوب فيه (قبل @ أو بعد ? أو #) سيُحفظ مع البيانات، لذا قدّمها بدلًا من ذلك في إعداد المصادقة أو في SECRET.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="146" />
      <source>The server did not send the date of the last submission.</source>
      <translation>لم يرسل الخادم تاريخ آخر إرسال.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="96" />
      <source>The server name {host} could not be found (DNS). Check the address for typing mistakes and check that this computer is connected to the internet.</source>
      <translation>تعذّر العثور على اسم الخادم {host} (DNS). تحقّق من خلو العنوان من الأخطاء الإملائية ومن اتصال هذا الحاسوب بالإنترنت.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="393" />
      <source>The server or the login changed during the check: check again.</source>
      <translation>تغيّر الخادم أو بيانات الاعتماد أثناء التحقق: تحقّق مجددًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="151" />
      <source>The session on {host} could not be closed; it ends by itself within 24 hours.</source>
      <translation>تعذّر إغلاق الجلسة على {host}؛ ستنتهي من تلقاء نفسها خلال 24 ساعة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="199" />
      <source>The shared GeoPackage could not be reopened to record its protection.</source>
      <translation>تعذّرت إعادة فتح ملف GeoPackage المُعدّ للمشاركة لتسجيل حمايته.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="163" />
      <source>The shared GeoPackage could not be written: {error}</source>
      <translation>تعذّرت كتابة ملف GeoPackage المُعدّ للمشاركة: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="135" />
      <source>The shared file needs a name before {suffix}: {file} has none.</source>
      <translation>يحتاج الملف المشترك إلى اسم قبل {suffix}: الملف {file} ليس له اسم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="57" />
      <source>The sheet of an XLSX export that holds the submissions, by its name, e.g. household_survey. Empty: the first visible sheet (hidden sheets are skipped). Not used for CSV, zip or GeoJSON files.</source>
      <translation>ورقة تصدير XLSX التي تحتوي على الإرسالات، باسمها، مثل household_survey. فارغ: أول ورقة ظاهرة (تُتخطى الأوراق المخفية). لا يُستخدم لملفات CSV أو zip أو GeoJSON.</translation>
    </message>
    <message>
      <source>The sheet written by 'Export a review sheet', with your decisions; keep its log_id and version columns as they are.</source>
      <translation type="vanished">الورقة التي كتبها 'تصدير ورقة مراجعة'، مع قراراتك؛ أبقِ العمودين log_id وversion كما هما.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="88" />
      <source>The sheet written by 'Export a review sheet', with your decisions; keep its log_id, version, uuid, question, old_value and as_exported columns as they are.</source>
      <translation>الورقة التي كتبها 'تصدير ورقة مراجعة'، مع قراراتك؛ أبقِ أعمدتها log_id وversion وuuid وquestion (السؤال) وold_value وas_exported كما هي.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="147" />
      <source>The shortest plausible interview ({shortest} minutes, MIN_DURATION) is longer than the longest ({longest} minutes, MAX_DURATION): every interview would be flagged. Swap the two values.</source>
      <translation>أقصر مقابلة معقولة ({shortest} دقيقة، MIN_DURATION) أطول من أطولها ({longest} دقيقة، MAX_DURATION): ستُعلَّم كل مقابلة. بدّل القيمتين.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="84" />
      <source>The smallest count shown, and the fewest rows that may share a combination of the columns an outsider could know. Default 5; 10 or more for sensitive data (protection, health).</source>
      <translation>أصغر عدد يُعرض، وأقل عدد من الصفوف يمكن أن يشترك في تركيبة من الأعمدة التي قد يعرفها شخص من الخارج. الافتراضي 5؛ و10 أو أكثر للبيانات الحساسة (الحماية، الصحة).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="220" />
      <source>The start state of {folder} is missing; start a new session in an empty folder.</source>
      <translation>الحالة الأولية لـ {folder} مفقودة؛ ابدأ جلسة جديدة في مجلد فارغ.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="80" />
      <source>The submission has no GPS point.</source>
      <translation>لا يحتوي الإرسال على نقطة GPS.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="227" />
      <source>The submission {uuid} has no location.</source>
      <translation>الإرسال {uuid} بلا موقع.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_notes.py" line="139" />
      <source>The submission's id, from the column {column} without its 'uuid:' prefix, as Kobo writes _uuid and the ODK download writes it: it stays the same when the submission is edited on the server (the raw table keeps {column} as received).</source>
      <translation>معرّف الإرسال، مأخوذ من العمود {column} من دون البادئة 'uuid:'، كما يكتب Kobo العمود _uuid وكما يكتبه تنزيل ODK: يبقى كما هو عند تعديل الإرسال على الخادم (يحتفظ الجدول الخام بالعمود {column} كما ورد).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_notes.py" line="144" />
      <source>The submission's instanceID, from the column {column} without its 'uuid:' prefix, as Kobo writes _uuid (the raw table keeps {column} as received).</source>
      <translation>معرّف instanceID الخاص بالإرسال، مأخوذ من العمود {column} من دون البادئة 'uuid:'، كما يكتب Kobo العمود _uuid (يحتفظ الجدول الخام بالعمود {column} كما ورد).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="222" />
      <source>The submissions go into a GeoPackage: raw tables as received, the 'survey' point layer and a log of each download.</source>
      <translation>تُكتب الإرسالات في ملف GeoPackage: جداول خام كما وصلت، وطبقة النقاط «survey»، وسجل لكل عملية تنزيل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="187" />
      <source>The submissions were counted by their P-code, but the result cannot be mapped until it is set.</source>
      <translation>عُدّت الإرسالات حسب رمز P-code الخاص بها، لكن لا يمكن عرض النتيجة على خريطة إلى أن يُضبط نظام الإحداثيات المرجعي.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="15" />
      <source>The survey GeoPackage to write, e.g. household_survey.gpkg: raw tables exactly as received, the typed layer 'survey' and one table per repeat group. With Update, the existing file is extended. It is written to a temporary file first: a failed download leaves the previous file as it was.</source>
      <translation>ملف GeoPackage للمسح المراد كتابته، مثل household_survey.gpkg: الجداول الخام تمامًا كما وردت، والطبقة المحدَّدة الأنواع 'survey'، وجدول لكل مجموعة تكرار. مع «تحديث»، يُوسَّع الملف الموجود. يُكتب أولًا في ملف مؤقت: يترك التنزيل الفاشل الملف السابق كما كان.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="68" />
      <source>The survey GeoPackage to write, e.g. household_survey.gpkg: the raw table exactly as received, the typed layer 'survey' (points in EPSG:4326), one table per repeat group and a metadata table. It is written to a temporary file and renamed when complete: a failed import leaves no half-written file.</source>
      <translation>ملف GeoPackage للمسح المراد كتابته، مثل household_survey.gpkg: الجدول الخام تمامًا كما ورد، والطبقة المحدَّدة الأنواع 'survey' (نقاط في EPSG:4326)، وجدول لكل مجموعة تكرار، وجدول بيانات وصفية. يُكتب في ملف مؤقت ثم يُعاد تسميته عند اكتماله: لا يترك الاستيراد الفاشل أي ملف مكتوب جزئيًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="99" />
      <source>The survey GeoPackage {file} does not exist or is not a .gpkg file.</source>
      <translation>ملف GeoPackage المسح {file} غير موجود أو ليس ملفًا بصيغة ‎.gpkg.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="73" />
      <source>The survey GeoPackage {file} does not exist.</source>
      <translation>ملف GeoPackage المسح {file} غير موجود.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="114" />
      <source>The survey GeoPackage {file} was written, but it could not be shared in PostgreSQL: {reason}</source>
      <translation>كُتب ملف GeoPackage الخاص بالمسح {file}، لكن تعذّرت مشاركته في PostgreSQL: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="78" />
      <source>The survey GeoPackages and the admin boundaries go into the package with a project that opens without the internet, and the offline help.</source>
      <translation>توضع ملفات GeoPackage المسح والحدود الإدارية في الحزمة مع مشروع يُفتح بدون إنترنت، والمساعدة غير المتصلة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="48" />
      <source>The survey GeoPackages the field team takes along (written by the import or a download), e.g. household_survey.gpkg; their attachment folders come along.</source>
      <translation>ملفات GeoPackage للمسوح التي يأخذها الفريق الميداني (التي كتبها الاستيراد أو التنزيل)، مثل household_survey.gpkg؛ وتُرفق بها مجلدات مرفقاتها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="377" />
      <source>The survey has no numeric question: choose another kind of map.</source>
      <translation>لا يحتوي المسح على أي سؤال رقمي: اختر نوعًا آخر من الخرائط.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="233" />
      <source>The survey is in the project. Next step: check and clean it (CartONG &gt; 2. Check and clean…).</source>
      <translation>المسح موجود في المشروع. الخطوة التالية: فحصه وتنظيفه (CartONG &gt; 2. الفحص والتنظيف…).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="22" />
      <source>The survey layer to read: usually the layer 'survey' of the GeoPackage written by the import or a download, e.g. household_survey.gpkg|layername=survey. It is only read, never changed.</source>
      <translation>طبقة المسح المراد قراءتها: عادةً الطبقة 'survey' من ملف GeoPackage الذي كتبه الاستيراد أو التنزيل، مثل household_survey.gpkg|layername=survey. تُقرأ فقط، ولا تُغيَّر أبدًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_common.py" line="29" />
      <source>The survey layer: usually the layer 'survey' of the GeoPackage written by the import or a download, e.g. household_survey.gpkg|layername=survey. Another layer or table works when it has the _uuid column that names each submission. It is only read, never changed.</source>
      <translation>طبقة المسح: عادةً الطبقة 'survey' من ملف GeoPackage الذي كتبه الاستيراد أو التنزيل، مثل household_survey.gpkg|layername=survey. تصلح طبقة أو جدول آخر إذا احتوى على العمود _uuid الذي يسمّي كل إرسال. تُقرأ فقط، ولا تُغيَّر أبدًا.</translation>
    </message>
    <message>
      <source>The survey points drawn on top, e.g. household_survey.gpkg|layername=survey; a heatmap needs them. They show where households were interviewed: for a map shared outside the team, leave them out or give a protected copy (Export for sharing).</source>
      <translation type="vanished">نقاط المسح المرسومة في الأعلى، مثل household_survey.gpkg|layername=survey؛ تحتاج إليها الخريطة الحرارية. تُظهر أماكن مقابلة الأسر: لخريطة تُشارَك خارج الفريق، لا تضفها أو قدّم نسخة محمية («التصدير للمشاركة»).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="69" />
      <source>The survey points drawn on top, e.g. household_survey.gpkg|layername=survey; a heatmap needs them. They show where households were interviewed: for a map shared outside the team, leave them out or give a protected copy (Export for sharing). Points that are not a protected copy are warned of, and the PDF is then not georeferenced.</source>
      <translation>نقاط المسح المرسومة في الأعلى، مثل household_survey.gpkg|layername=survey؛ تحتاج إليها الخريطة الحرارية. تُظهر أماكن مقابلة الأسر: لخريطة تُشارَك خارج الفريق، لا تضفها أو قدّم نسخة محمية («التصدير للمشاركة»). ويُنبَّه إلى النقاط التي ليست نسخة محمية، ولا يكون ملف PDF حينئذٍ مُسنَدًا جغرافيًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="116" />
      <source>The survey schema {schema} has no cleaning log in {target}: run the checks and copy the survey again.</source>
      <translation>مخطط المسح {schema} ليس له سجل التنظيف في {target}: شغّل الفحوص وانسخ المسح مجددًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="393" />
      <source>The survey sheet of {file} names two questions '{name}' in the same group (rows {first} and {second}): each question needs its own name. Rename one of them, or import the data without the form.</source>
      <translation>ورقة survey في {file} تسمّي سؤالين '{name}' في المجموعة نفسها (الصفان {first} و{second}): كل سؤال يحتاج إلى اسمه الخاص. أعد تسمية أحدهما، أو قم باستيراد البيانات بدون النموذج.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="270" />
      <source>The survey sheet of {file}: group '{name}' is never closed.</source>
      <translation>الورقة survey في {file}: المجموعة «{name}» لا تُغلق أبدًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="15" />
      <source>The survey submissions to count: the layer 'survey' of the imported GeoPackage (e.g. household_survey.gpkg|layername=survey) or its cleaned copy. Submissions without a location are counted only by a P-code field (JOIN_FIELD).</source>
      <translation>إرسالات المسح المراد عدّها: الطبقة 'survey' من ملف GeoPackage المستورد (مثل household_survey.gpkg|layername=survey) أو نسختها المنظفة. لا تُعدّ الإرسالات التي لا موقع لها إلا عبر حقل P-code (JOIN_FIELD).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="342" />
      <source>The surveys and boundaries have no location to take the area from: give the area of the offline basemap.</source>
      <translation>لا تحتوي المسوح والحدود على أي موقع يمكن أخذ المنطقة منه: حدّد منطقة خريطة الأساس غير المتصلة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/gpkg_writer.py" line="77" />
      <source>The table {table} cannot be created in {file}: {reason}</source>
      <translation>لا يمكن إنشاء الجدول {table} في {file}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="297" />
      <source>The table {table} could not be written into {file} ({reason}). {file} is unchanged: its other tables and a previous {table} are as they were.</source>
      <translation>تعذرت كتابة الجدول {table} في {file} ({reason}). لم يتغير {file}: بقيت جداوله الأخرى وأي نسخة سابقة من {table} كما كانت.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_files.py" line="174" />
      <source>The table {table} of {file} has the column {column} more than once ({names}): which one to read cannot be told. Keep one column {column} (delete or rename the others), then try again.</source>
      <translation>يحتوي الجدول {table} في {file} على العمود {column} أكثر من مرة ({names}): لا يمكن معرفة أيها يُقرأ. أبقِ عمودًا واحدًا باسم {column} (احذف الأعمدة الأخرى أو أعد تسميتها)، ثم أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/snapshot.py" line="180" />
      <source>The table {table} of {file} is damaged (row {row}): the package cannot be merged safely.</source>
      <translation>الجدول {table} في {file} تالف (الصف {row}): لا يمكن دمج الحزمة بأمان.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/tasks.py" line="89" />
      <source>The task failed.</source>
      <translation>فشلت المهمة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="193" />
      <source>The tiles could not be written to {file}: {error}</source>
      <translation>تعذّرت كتابة البلاطات في {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="105" />
      <source>The time window of the burst check, in minutes (default 30).</source>
      <translation>النافذة الزمنية لفحص الدفعات المتتالية، بالدقائق (الافتراضي 30).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="66" />
      <source>The time zone the field laptops are set to, by its IANA name, e.g. Africa/Bangui. The merge reads the date-times QGIS 3.22 writes without a time zone in it. Empty: the time zone of this computer.</source>
      <translation>المنطقة الزمنية المضبوطة على الحواسيب المحمولة الميدانية، باسمها في IANA، مثل Africa/Bangui. يقرأ الدمج فيها قيم التاريخ والوقت التي يكتبها QGIS 3.22 بلا منطقة زمنية. فارغ: المنطقة الزمنية لهذا الحاسوب.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="77" />
      <source>The time zone {zone} is UTC{offset} (the tz database reverses the sign of the Etc/GMT zones): give the place the field laptops are set to instead, such as Africa/Bangui.</source>
      <translation>المنطقة الزمنية {zone} هي UTC{offset} (قاعدة بيانات tz تعكس إشارة مناطق Etc/GMT): أدخل بدلًا منها المكان المضبوطة عليه الحواسيب المحمولة الميدانية، مثل Africa/Bangui.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="84" />
      <source>The time zone {zone} is not known: give the time zone the field laptops are set to by its IANA name, such as Africa/Bangui, or leave it empty for this computer's.</source>
      <translation>المنطقة الزمنية {zone} غير معروفة: أدخل المنطقة الزمنية المضبوطة على الحواسيب المحمولة الميدانية باسمها في IANA، مثل Africa/Bangui، أو اتركها فارغة لاستخدام منطقة هذا الحاسوب.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/time_zones.py" line="47" />
      <source>The times of {column} have no time zone while those of {other} have {offset}: they were read in {offset}.</source>
      <translation>أوقات {column} بلا منطقة زمنية بينما لأوقات {other} الإزاحة {offset}: قُرئت بالإزاحة {offset}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="94" />
      <source>The title of the legend, e.g. Households interviewed. Empty: the name of the value mapped.</source>
      <translation>عنوان مفتاح الخريطة، مثل الأسر التي أُجريت معها مقابلات. فارغ: اسم القيمة الممثَّلة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="338" />
      <source>The token or password typed</source>
      <translation>رمز الوصول أو كلمة المرور المُدخَلة</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="263" />
      <source>The training opens its own project: {project}, with its %n layers, will be closed. Save it first?</source>
      <translation>
        <numerusform>يفتح التدريب مشروعه الخاص: سيُغلق {project} (عدد الطبقات: %n). هل تريد حفظه أولًا؟</numerusform>
        <numerusform>يفتح التدريب مشروعه الخاص: سيُغلق {project} (عدد الطبقات: %n). هل تريد حفظه أولًا؟</numerusform>
        <numerusform>يفتح التدريب مشروعه الخاص: سيُغلق {project} (عدد الطبقات: %n). هل تريد حفظه أولًا؟</numerusform>
        <numerusform>يفتح التدريب مشروعه الخاص: سيُغلق {project} (عدد الطبقات: %n). هل تريد حفظه أولًا؟</numerusform>
        <numerusform>يفتح التدريب مشروعه الخاص: سيُغلق {project} (عدد الطبقات: %n). هل تريد حفظه أولًا؟</numerusform>
        <numerusform>يفتح التدريب مشروعه الخاص: سيُغلق {project} (عدد الطبقات: %n). هل تريد حفظه أولًا؟</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="330" />
      <source>The training project {file} could not be opened.</source>
      <translation>تعذّر فتح مشروع التدريب {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="83" />
      <source>The training project {file} could not be written.</source>
      <translation>تعذّرت كتابة مشروع التدريب {file}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="370" />
      <source>The training session could not be written in {folder} ({reason}): nothing was left there. Choose a folder you can write to.</source>
      <translation>تعذّرت كتابة جلسة التدريب في {folder} ({reason}): لم يُترك فيه شيء. اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="247" />
      <source>The upper limit of each class but the last, increasing. The first class starts at the smallest value, the last ends at the largest.</source>
      <translation>الحد الأعلى لكل فئة عدا الأخيرة، بترتيب تصاعدي. تبدأ الفئة الأولى من أصغر قيمة وتنتهي الأخيرة عند أكبر قيمة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_field.py" line="13" />
      <source>The widest zoom level to download, from 0 (the whole world) to 19 (a house). Default 5: a country.</source>
      <translation>أوسع مستوى تكبير يُنزَّل، من 0 (العالم كله) إلى 19 (منزل). الافتراضي 5: بلد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="86" />
      <source>The workbook has no sheet for them: import KoboToolbox's XLSX export with all its sheets (one per repeat group; hidden sheets are not read).</source>
      <translation>لا يحتوي المصنف على أوراق لها: استورد تصدير XLSX من KoboToolbox بكل أوراقه (ورقة لكل مجموعة تكرار؛ لا تُقرأ الأوراق المخفية).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="320" />
      <source>Their explanation: '{theirs}'. Yours: '{mine}'.</source>
      <translation>شرح الشخص الآخر: '{theirs}'. شرحك: '{mine}'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/field_names.py" line="92" />
      <source>There is no field {field} in {layer} ({parameter}), nor one close to it. Write the name as the layer has it; its fields are: {fields}</source>
      <translation>لا تحتوي الطبقة {layer} على الحقل {field} ({parameter})، ولا على حقل قريب منه. اكتب الاسم كما تحمله الطبقة؛ حقولها هي: {fields}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/field_names.py" line="87" />
      <source>There is no field {field} in {layer} ({parameter}); the closest field names are: {close}. Write the name as the layer has it.</source>
      <translation>لا تحتوي الطبقة {layer} على الحقل {field} ({parameter})؛ أقرب أسماء الحقول إليه: {close}. اكتب الاسم كما تحمله الطبقة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="131" />
      <source>There is no layer to put on the map.</source>
      <translation>لا توجد أي طبقة لوضعها على الخريطة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/help_dock.py" line="121" />
      <source>There is no offline help for this step yet. Use the online guide below when you are connected.</source>
      <translation>لا تتوفر بعد مساعدة دون اتصال لهذه الخطوة. استخدم الدليل على الإنترنت أدناه عند توفر الاتصال.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="307" />
      <source>There is not enough space in {folder} for the training session: it needs about {needed} MB and {free} MB are free. Nothing was written. Free some space on that disk or choose a folder on another disk.</source>
      <translation>لا توجد مساحة كافية في {folder} لجلسة التدريب: تحتاج إلى نحو {needed} ميغابايت والمتاح {free} ميغابايت. لم يُكتب شيء. أفرغ بعض المساحة على ذلك القرص أو اختر مجلدًا على قرص آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="70" />
      <source>There is not enough space in {folder} to write {file}: nothing was written and any previous {file} was kept. Free some space on that disk or choose another folder.</source>
      <translation>لا توجد مساحة كافية في {folder} لكتابة {file}: لم يُكتب أي شيء واحتُفظ بأي نسخة سابقة من {file}. حرّر بعض المساحة على ذلك القرص أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="245" />
      <source>This GeoPackage already exists</source>
      <translation>ملف GeoPackage هذا موجود بالفعل</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="74" />
      <source>This QGIS has no '{method}' authentication method to keep the credentials.</source>
      <translation>لا يملك QGIS هذا طريقة المصادقة «{method}» لحفظ بيانات الاعتماد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="154" />
      <source>This account has no forms on this server, or none shared with it.</source>
      <translation>ليس لهذا الحساب أي نماذج على هذا الخادم، أو لم يُشارَك معه أي نموذج.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/field_times.py" line="66" />
      <source>This computer's time zone ({zone}) is not a time zone QGIS knows by name: give the time zone the field laptops are set to (TIME_ZONE) by its IANA name, such as Africa/Bangui.</source>
      <translation>المنطقة الزمنية لهذا الحاسوب ({zone}) ليست منطقة زمنية يعرفها QGIS باسمها: أدخل المنطقة الزمنية المضبوطة على الحواسيب المحمولة الميدانية (TIME_ZONE) باسمها في IANA، مثل Africa/Bangui.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="149" />
      <source>This form is not deployed and has no submissions to download.</source>
      <translation>هذا النموذج غير منشور وليس له إرسالات لتنزيلها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/export.py" line="190" />
      <source>This layout has no atlas to export.</source>
      <translation>لا يحتوي هذا التخطيط على أطلس لتصديره.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="101" />
      <source>This many interviews (default 4) started by one device or enumerator within the minutes below are flagged: too fast to be real interviews.</source>
      <translation>يُعلَّم هذا العدد من المقابلات (الافتراضي 4) التي بدأها جهاز واحد أو جامع البيانات نفسه خلال الدقائق المحددة أدناه: أسرع من أن تكون مقابلات حقيقية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="104" />
      <source>This package carries personal data: {what}.</source>
      <translation>تحمل هذه الحزمة بيانات شخصية: {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/report.py" line="174" />
      <source>This package was prepared by version 0.2.0: changes made in the field to the rows of repeat tables of existing submissions cannot be told and were not merged; compare them by hand.</source>
      <translation>حُضّرت هذه الحزمة بالإصدار 0.2.0: لا يمكن تمييز التغييرات التي أُجريت في الميدان على صفوف جداول التكرار للإرسالات الموجودة، ولم تُدمج؛ قارنها يدويًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/fitting.py" line="324" />
      <source>This text is too long for its place on the map, even in small letters, and was shortened to end in “…”: “{text}”. Choose a shorter text to print it whole.</source>
      <translation>هذا النص أطول من مكانه على الخريطة، حتى بحروف صغيرة، فاختُصر لينتهي بـ «…»: «{text}». اختر نصًا أقصر لطباعته كاملًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="99" />
      <source>This update could not check for submissions deleted, edited or missing on {host} since the last download of form {id}, because the comparison with the server's list failed: {reason} The new submissions were written all the same. To be sure to have the server's current version, download the form into a new GeoPackage.</source>
      <translation>تعذّر على هذا التحديث التحقق من الإرسالات المحذوفة أو المعدّلة أو المفقودة على {host} منذ آخر تنزيل للنموذج {id}، لأن المقارنة بقائمة الخادم فشلت: {reason} ومع ذلك كُتبت الإرسالات الجديدة. للتأكد من الحصول على النسخة الحالية من الخادم، نزّل النموذج في ملف GeoPackage جديد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="197" />
      <source>Thresholds</source>
      <translation>العتبات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_protection.py" line="96" />
      <source>Ticked (default): links to the server and names of attachments (photos, signatures) are removed, since a photo can show a face. Untick only for a copy that stays in the team.</source>
      <translation>عند التحديد (الافتراضي): تُحذف الروابط إلى الخادم وأسماء المرفقات (الصور، التوقيعات)، لأن الصورة قد تُظهر وجهًا. ألغِ التحديد فقط لنسخة تبقى داخل الفريق.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="106" />
      <source>Ticked (default): the decisions already taken in the existing cleaning log (new values, no_action, remove_survey, with who and when) are kept and new findings added. Not ticked: the log is written afresh and earlier decisions are lost.</source>
      <translation>عند التحديد (الافتراضي): تُحفظ القرارات المتخذة مسبقًا في سجل التنظيف الموجود (القيم الجديدة، وno_action، وremove_survey، مع صاحبها وتاريخها) وتُضاف النتائج الجديدة. عند عدم التحديد: يُكتب السجل من جديد وتضيع القرارات السابقة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="127" />
      <source>Ticked: one page per admin area with data, zoomed on it, all in one PDF (the map file must end in .pdf).</source>
      <translation>عند التحديد: صفحة لكل وحدة إدارية فيها بيانات، مكبَّرة عليها، وكلها في ملف PDF واحد (يجب أن ينتهي ملف الخريطة بـ .pdf).</translation>
    </message>
    <message>
      <source>Ticked: only the submissions newer than the last sync recorded in the GeoPackage are downloaded and appended. Not ticked: every submission of the form is downloaded into the GeoPackage.</source>
      <translation type="vanished">عند التحديد: لا تُنزَّل وتُلحق إلا الإرسالات الأحدث من آخر مزامنة مسجلة في ملف GeoPackage. عند عدم التحديد: تُنزَّل جميع إرسالات النموذج في ملف GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="32" />
      <source>Ticked: photos, signatures and other files attached to the submissions are downloaded into a folder beside the GeoPackage, named after it (household_survey_attachments). It can take long and much space over a slow connection.</source>
      <translation>عند التحديد: تُنزَّل الصور والتوقيعات والملفات الأخرى المرفقة بالإرسالات في مجلد بجوار ملف GeoPackage يحمل اسمه (household_survey_attachments). قد يستغرق ذلك وقتًا طويلًا ومساحة كبيرة عبر اتصال بطيء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="126" />
      <source>Ticked: the names of the areas (the name field below) are written on the map where they fit.</source>
      <translation>عند التحديد: تُكتب أسماء الوحدات الإدارية (حقل الاسم أدناه) على الخريطة حيث تتسع.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_survey.py" line="23" />
      <source>Ticked: the submissions newer than the last sync recorded in the GeoPackage are downloaded and appended, with any older one the GeoPackage lacks; submissions deleted, edited or reviewed again on the server since are named in a warning, not changed in the GeoPackage. Not ticked: every submission of the form is downloaded into the GeoPackage.</source>
      <translation>عند التحديد: تُنزَّل وتُلحق الإرسالات الأحدث من آخر مزامنة مسجلة في ملف GeoPackage، ومعها أي إرسال أقدم ينقص ملف GeoPackage؛ أما الإرسالات المحذوفة أو المعدّلة أو التي رُوجعت من جديد على الخادم منذ ذلك الحين فتُذكر في تحذير دون أن تُغيَّر في ملف GeoPackage. عند عدم التحديد: تُنزَّل جميع إرسالات النموذج في ملف GeoPackage.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="98" />
      <source>Tiles estimated</source>
      <translation>البلاطات المقدَّرة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="184" />
      <source>Tiles of a background map you have in QGIS (while you are online) are stored in the package. Without one, a simple background of countries and admin boundaries is used.</source>
      <translation>تُخزَّن في الحزمة بلاطات خريطة خلفية لديك في QGIS (أثناء اتصالك بالإنترنت). وبدونها تُستخدم خلفية بسيطة للبلدان والحدود الإدارية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="99" />
      <source>Tiles that could not be downloaded</source>
      <translation>البلاطات التي تعذّر تنزيلها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/offline_basemap.py" line="97" />
      <source>Tiles written</source>
      <translation>البلاطات المكتوبة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="114" />
      <source>Time zone of the field laptops (e.g. Africa/Bangui; empty: this computer's)</source>
      <translation>المنطقة الزمنية للحواسيب المحمولة الميدانية (مثل Africa/Bangui؛ فارغ: منطقة هذا الحاسوب)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="84" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="57" />
      <source>To decide</source>
      <translation>للحسم لاحقًا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="204" />
      <source>To zoom level (streets)</source>
      <translation>إلى مستوى التكبير (الشوارع)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="329" />
      <source>Training</source>
      <translation>التدريب</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="70" />
      <source>Training session summary</source>
      <translation>ملخص جلسة التدريب</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="198" />
      <source>Training session…</source>
      <translation>جلسة تدريب…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/package.py" line="104" />
      <source>Two survey GeoPackages are named {file}: rename one, the package keeps one folder of data.</source>
      <translation>ملفا GeoPackage مسح يحملان الاسم {file}: أعد تسمية أحدهما، فالحزمة تحتفظ بمجلد بيانات واحد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="385" />
      <source>Type the class limits, e.g. 10, 20, 50.</source>
      <translation>اكتب حدود الفئات، مثل 10، 20، 50.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="48" />
      <source>Type the class limits, e.g. 10, 20, 50: maps of several rounds or surveys then compare.</source>
      <translation>اكتب حدود الفئات، مثل 10، 20، 50: فتصبح خرائط الجولات أو المسوح المختلفة قابلة للمقارنة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="25" />
      <source>Typed admin names</source>
      <translation>أسماء الوحدات الإدارية المكتوبة يدويًا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="307" />
      <source>UTF-16 text without its byte-order mark</source>
      <translation>نص UTF-16 بدون علامة ترتيب البايتات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="70" />
      <source>Unexpected error during the import: {error}. Details are in the log.</source>
      <translation>خطأ غير متوقع أثناء الاستيراد: {error}. التفاصيل في سجل الرسائل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/export_page.py" line="64" />
      <source>Unexpected error: {error}. Details are in the message log.</source>
      <translation>خطأ غير متوقع: {error}. التفاصيل في سجل الرسائل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="70" />
      <source>Unicode (UTF-8), with a few lines in {encoding}: check their accents</source>
      <translation>يونيكود (UTF-8)، مع بضعة أسطر بترميز {encoding}: تحقّق من أحرفها الخاصة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="74" />
      <source>Unicode (UTF-8): accents and every script read correctly</source>
      <translation>يونيكود (UTF-8): تُقرأ علامات التشكيل وجميع الأبجديات بشكل صحيح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="87" />
      <source>Unknown background {name}; choose one of {names}.</source>
      <translation>خلفية خريطة غير معروفة {name}؛ اختر واحدة من {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/classes.py" line="27" />
      <source>Unknown classification {name}; choose one of {names}.</source>
      <translation>تصنيف غير معروف {name}؛ اختر واحدًا من {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="88" />
      <source>Unknown location protection "{mode}"; use one of {modes}.</source>
      <translation>حماية مواقع غير معروفة «{mode}»؛ استخدم واحدة من {modes}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="170" />
      <source>Unknown map language {language}; choose one of {languages}.</source>
      <translation>لغة خريطة غير معروفة {language}؛ اختر واحدة من {languages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="65" />
      <source>Unknown page {page}; choose one of {pages}.</source>
      <translation>صفحة غير معروفة {page}؛ اختر واحدة من {pages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/styles.py" line="61" />
      <source>Unknown palette {name}; choose one of {names}.</source>
      <translation>لوحة ألوان غير معروفة {name}؛ اختر واحدة من {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/credentials.py" line="125" />
      <source>Unknown server kind '{kind}': use KoboToolbox or ODK Central.</source>
      <translation>نوع خادم غير معروف «{kind}»: استخدم KoboToolbox أو ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="128" />
      <source>Unknown statistic {name}; choose one of {names}.</source>
      <translation>إحصاء غير معروف {name}؛ اختر واحدًا من {names}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/wizard.py" line="66" />
      <source>Unsaved cleaning log</source>
      <translation>سجل تنظيف غير محفوظ</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="284" />
      <source>Unusual value within its {group}: more than half the answers are equal, so its z-score is taken from the mean absolute deviation: {z}.</source>
      <translation>قيمة غير معتادة ضمن مجموعتها {group}: أكثر من نصف الإجابات متساوية، لذا تؤخذ درجتها المعيارية من متوسط الانحراف المطلق: {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="293" />
      <source>Unusual value within its {group}: robust z-score {z}.</source>
      <translation>قيمة غير معتادة ضمن مجموعتها {group}: الدرجة المعيارية المتينة {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="273" />
      <source>Unusual value within its {group}: the middle half of the answers there are the same value, so its distance to that value is compared with the other answers' distances to it: robust z-score {z}.</source>
      <translation>قيمة غير معتادة ضمن مجموعتها {group}: النصف الأوسط من الإجابات هناك قيمة واحدة، لذا تُقارَن مسافتها عن تلك القيمة بمسافات الإجابات الأخرى عنها: الدرجة المعيارية المتينة {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="288" />
      <source>Unusual value: more than half the answers are equal, so its z-score is taken from the mean absolute deviation: {z}.</source>
      <translation>قيمة غير معتادة: أكثر من نصف الإجابات متساوية، لذا تؤخذ درجتها المعيارية من متوسط الانحراف المطلق: {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="296" />
      <source>Unusual value: robust z-score {z}.</source>
      <translation>قيمة غير معتادة: الدرجة المعيارية المتينة {z}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="278" />
      <source>Unusual value: the middle half of the answers are the same value, so its distance to that value is compared with the other answers' distances to it: robust z-score {z}.</source>
      <translation>قيمة غير معتادة: النصف الأوسط من الإجابات قيمة واحدة، لذا تُقارَن مسافتها عن تلك القيمة بمسافات الإجابات الأخرى عنها: الدرجة المعيارية المتينة {z}.</translation>
    </message>
    <message>
      <source>Unusual value{scope}: robust z-score {z}.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="253" />
      <source>Update</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="248" />
      <source>Update (only new submissions)</source>
      <translation>تحديث (الإرسالات الجديدة فقط)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="32" />
      <source>Update: download new submissions and append them</source>
      <translation>تحديث: تنزيل الإرسالات الجديدة وإلحاقها</translation>
    </message>
    <message>
      <source>Update: download only new submissions and append them</source>
      <translation type="vanished">تحديث: تنزيل الإرسالات الجديدة فقط وإلحاقها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="52" />
      <source>Update: older submissions that were missing from the GeoPackage, added</source>
      <translation>تحديث: الإرسالات الأقدم التي كانت تنقص ملف GeoPackage، وقد أُضيفت</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="59" />
      <source>Update: uuids of the submissions deleted on the server (kept in the GeoPackage)</source>
      <translation>تحديث: قيم uuid للإرسالات المحذوفة على الخادم (المحتفَظ بها في ملف GeoPackage)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_common.py" line="63" />
      <source>Update: uuids of the submissions edited or reviewed again on the server (kept as downloaded)</source>
      <translation>تحديث: قيم uuid للإرسالات المعدّلة أو التي رُوجعت من جديد على الخادم (المحتفَظ بها كما نُزِّلت)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="77" />
      <source>Upper admin level boundaries (optional)</source>
      <translation>حدود المستوى الإداري الأعلى (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="153" />
      <source>Upper level (optional)</source>
      <translation>المستوى الأعلى (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="105" />
      <source>Username</source>
      <translation>اسم المستخدم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="191" />
      <source>Username and password (the token is fetched once; the password is not kept)</source>
      <translation>اسم المستخدم وكلمة المرور (يُجلب رمز الوصول مرة واحدة؛ لا تُحفظ كلمة المرور)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_words.py" line="35" />
      <source>Value found</source>
      <translation>القيمة الموجودة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="62" />
      <source>Value to map</source>
      <translation>القيمة المراد عرضها على الخريطة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/apply_log.py" line="62" />
      <source>Values changed</source>
      <translation>القيم المُغيَّرة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/merge_field_package.py" line="64" />
      <source>Values edited</source>
      <translation>القيم المعدَّلة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="424" />
      <source>Vector files (*.gpkg *.shp *.geojson *.json);;All files (*)</source>
      <translation>الملفات المتجهية (*.gpkg *.shp *.geojson *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_postgis.py" line="58" />
      <source>Viewer role</source>
      <translation>دور القارئ</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="79" />
      <source>Visualisation and maps</source>
      <translation>التصوير البياني والخرائط</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="63" />
      <source>WARNING: columns at high risk kept by your choice: {columns}.</source>
      <translation>تحذير: أعمدة عالية الخطورة أُبقيت باختيارك: {columns}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="119" />
      <source>WARNING: exact locations kept. Share only under a data sharing agreement.</source>
      <translation>تحذير: أُبقيت المواقع الدقيقة. لا تشاركه إلا بموجب اتفاقية لتبادل البيانات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="102" />
      <source>WARNING: no submission id column; offsets follow the row number, so a copy of a re-imported file moves the points another way.</source>
      <translation>تحذير: لا يوجد عمود لمعرّف الإرسال؛ تتبع الإزاحات رقم الصف، لذا فإن نسخة من ملف أُعيد استيراده تُزيح النقاط بطريقة أخرى.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/base/layer_filters.py" line="131" />
      <source>WARNING: the file holds {shown} of the %n submissions of the layer (its filter chose them): its counts are not the survey's totals.</source>
      <translation>
        <numerusform>تحذير: يحتوي الملف على {shown} فقط من أصل %n إرسال في الطبقة (اختارها مرشح الطبقة): أعداده ليست مجاميع المسح.</numerusform>
        <numerusform>تحذير: يحتوي الملف على {shown} فقط من أصل إرسال واحد (%n) في الطبقة (اختارها مرشح الطبقة): أعداده ليست مجاميع المسح.</numerusform>
        <numerusform>تحذير: يحتوي الملف على {shown} فقط من أصل إرسالين (%n) في الطبقة (اختارها مرشح الطبقة): أعداده ليست مجاميع المسح.</numerusform>
        <numerusform>تحذير: يحتوي الملف على {shown} فقط من أصل %n إرسالات في الطبقة (اختارها مرشح الطبقة): أعداده ليست مجاميع المسح.</numerusform>
        <numerusform>تحذير: يحتوي الملف على {shown} فقط من أصل %n إرسالًا في الطبقة (اختارها مرشح الطبقة): أعداده ليست مجاميع المسح.</numerusform>
        <numerusform>تحذير: يحتوي الملف على {shown} فقط من أصل %n إرسال في الطبقة (اختارها مرشح الطبقة): أعداده ليست مجاميع المسح.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="91" />
      <source>WARNING: the points are kept and can show the area a blanked value of {columns} stood for: count by admin area or remove the locations to share rare areas.</source>
      <translation>تحذير: أُبقي على النقاط، ويمكنها أن تكشف المنطقة التي كانت تدل عليها قيمة ممحوة من {columns}: اعدد حسب الوحدة الإدارية أو احذف المواقع لمشاركة مناطق نادرة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="94" />
      <source>Warning: anyone with this file can find the homes of the people surveyed. Share it only under a data sharing agreement.</source>
      <translation>تحذير: يستطيع أي شخص لديه هذا الملف العثور على مساكن الأشخاص الذين شملهم المسح. لا تشاركه إلا بموجب اتفاقية لتبادل البيانات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="297" />
      <source>Warning: columns at high risk are kept: {columns}. Share the file only with partners bound by a data sharing agreement.</source>
      <translation>تحذير: أُبقي على أعمدة عالية الخطورة: {columns}. لا تشارك الملف إلا مع شركاء ملتزمين باتفاقية لتبادل البيانات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="76" />
      <source>Western European ({encoding}): check that accents read correctly</source>
      <translation>أوروبا الغربية ({encoding}): تحقق من أن الأحرف المشكَّلة تُقرأ بشكل صحيح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="225" />
      <source>What comes out: {outputs}</source>
      <translation>المخرجات: {outputs}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="37" />
      <source>What each area gets: count (submissions), share (% giving the answer above), mean or median (of the numeric question below), e.g. median. Empty: share when a question is given, else count.</source>
      <translation>ما تحصل عليه كل وحدة إدارية: count (الإرسالات)، أو share (% التي أعطت الإجابة أعلاه)، أو mean أو median (متوسط أو وسيط السؤال الرقمي أدناه)، مثل median. فارغ: share عند تحديد سؤال، وإلا count.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="224" />
      <source>What goes in: {inputs}</source>
      <translation>المدخلات: {inputs}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="77" />
      <source>What to take to the field</source>
      <translation>ما يجب أخذه إلى الميدان</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="181" />
      <source>What will be done</source>
      <translation>ما سيتم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="90" />
      <source>Where the middle half of the answers is one value (IQR 0, e.g. 1 pump in 120 of 124 households), the median distance of the other answers to it stands in for the IQR and for the median absolute deviation.</source>
      <translation>حيث يكون النصف الأوسط من الإجابات قيمة واحدة (IQR يساوي 0، مثلًا مضخة واحدة في 120 من 124 أسرة)، تحلّ المسافة الوسيطة للإجابات الأخرى عنها محلّ IQR ومحلّ الانحراف المطلق الوسيط.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="246" />
      <source>Where the points go is chosen on the next page.</source>
      <translation>يُختار مكان النقاط في الصفحة التالية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="62" />
      <source>Where the submissions concentrate: light yellow (few) to dark red (many).</source>
      <translation>أماكن تركّز الإرسالات: من الأصفر الفاتح (قليلة) إلى الأحمر الداكن (كثيرة).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="67" />
      <source>Where the submissions were collected</source>
      <translation>أماكن جمع الإرسالات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="57" />
      <source>Where the submissions were collected, one colour per answer (labels from the form).</source>
      <translation>أماكن جمع الإرسالات، بلون لكل إجابة (التسميات من النموذج).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="242" />
      <source>Where to write the package</source>
      <translation>أين تُكتب الحزمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="146" />
      <source>Where to write the protected copy. A note explaining what was done is written beside it (same name followed by .README.txt), in English and French.</source>
      <translation>مكان كتابة النسخة المحمية. تُكتب بجوارها ملاحظة تشرح ما تم (الاسم نفسه متبوعًا بـ .README.txt)، بالإنجليزية والفرنسية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="17" />
      <source>Which families of checks to run (all by default). In qgis_process, their numbers separated by commas: 0 duplicates, 1 missing required answers, 2 outliers, 3 GPS points, 4 durations and dates, 5 'other (specify)' answers, 6 typed admin names; e.g. CHECKS=0,1,3.</source>
      <translation>فئات الفحوص المراد تشغيلها (جميعها افتراضيًا). في qgis_process، أرقامها مفصولة بفواصل: 0 التكرارات، 1 الإجابات الإلزامية الناقصة، 2 القيم الشاذة، 3 نقاط GPS، 4 المدد والتواريخ، 5 إجابات 'أخرى (حدد)'، 6 الأسماء الإدارية المكتوبة؛ مثل CHECKS=0,1,3.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="90" />
      <source>Who made the map, printed with the date and written in the PDF's properties, e.g. your organisation. Default CartONG.</source>
      <translation>من أعدّ الخريطة، يُطبع مع التاريخ ويُكتب في خصائص ملف PDF، مثل منظمتك. الافتراضي CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/run_pages.py" line="205" />
      <source>Why</source>
      <translation>السبب</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="79" />
      <source>With the XLSForm, answers of cascading selects outside their cascade are flagged too: an admin2 whose choice row names another admin1 than the one answered (the choice_filter admin1=${admin1}).</source>
      <translation>مع XLSForm، تُعلَّم أيضًا إجابات الاختيارات المتسلسلة الخارجة عن تسلسلها: admin2 يسمّي صف خياره admin1 غير الذي أُجيب (choice_filter admin1=${admin1}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="130" />
      <source>With the atlas: one PDF per area instead of one file, each named after the P-code and the name of its area, in a folder named after the map file (map.pdf gives the folder map).</source>
      <translation>مع الأطلس: ملف PDF لكل وحدة إدارية بدلًا من ملف واحد، يحمل كل منها رمز P-code واسم وحدته، في مجلد يحمل اسم ملف الخريطة (map.pdf ينتج المجلد map).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="134" />
      <source>With the atlas: the field holding the P-codes that name and order its pages, e.g. adm2_pcode. Default adm2_pcode.</source>
      <translation>مع الأطلس: الحقل الذي يحمل رموز P-code التي تسمّي صفحاته وترتبها، مثل adm2_pcode. الافتراضي adm2_pcode.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/postgis_destination.py" line="45" />
      <source>With the replacement: replace the schema even when it holds another survey (another form id) or decisions saved there that this GeoPackage does not hold. They are lost: bring them back to a GeoPackage first.</source>
      <translation>مع الاستبدال: استبدال المخطط حتى لو كان يحتوي على مسح آخر (معرّف نموذج آخر) أو على قرارات حُفظت فيه لا يحتويها ملف GeoPackage هذا. تضيع هذه القرارات: أعدها إلى GeoPackage أولًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="92" />
      <source>Without a connection the map keeps the light offline background (Natural Earth).</source>
      <translation>دون اتصال، تحتفظ الخريطة بالخلفية الخفيفة غير المتصلة (Natural Earth).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="71" />
      <source>Without a desktop: the email the password above belongs to (empty: it is an app-user token)</source>
      <translation>بدون سطح مكتب: البريد الإلكتروني الذي تخصه كلمة المرور أعلاه (فارغ: إنه رمز الوصول لمستخدم التطبيق)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="46" />
      <source>Without a desktop: where the API token is, env:VARIABLE or file:PATH (used when no authentication configuration is chosen)</source>
      <translation>بدون سطح مكتب: مكان رمز الوصول إلى API، ‏env:VARIABLE أو file:PATH (يُستخدم عند عدم اختيار أي إعداد مصادقة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="61" />
      <source>Without a desktop: where the password or app-user token is, env:VARIABLE or file:PATH (used when no authentication configuration is chosen)</source>
      <translation>بدون سطح مكتب: مكان كلمة المرور أو رمز الوصول لمستخدم التطبيق، ‏env:VARIABLE أو file:PATH (يُستخدم عند عدم اختيار أي إعداد مصادقة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_cleaning.py" line="49" />
      <source>Without admin boundaries: a rectangle the points must be in, e.g. the country, 14.4,27.5,2.2,11.0 [EPSG:4326] (xmin, xmax, ymin, ymax). Points outside are flagged.</source>
      <translation>من دون حدود إدارية: مستطيل يجب أن تقع النقاط داخله، مثل البلد، 14.4,27.5,2.2,11.0 [EPSG:4326] (xmin، xmax، ymin، ymax). تُعلَّم النقاط الواقعة خارجه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="226" />
      <source>Without the QGIS window: {command}</source>
      <translation>من دون نافذة QGIS: {command}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="265" />
      <source>Worst acceptable GPS precision</source>
      <translation>أسوأ دقة GPS مقبولة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="179" />
      <source>Worst acceptable GPS precision (metres)</source>
      <translation>أسوأ دقة GPS مقبولة (بالأمتار)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/wizard.py" line="78" />
      <source>Write only counts by {column}, hiding counts below {k} (and other counts that would reveal them); no individual record is shared.</source>
      <translation>كتابة الأعداد حسب {column} فقط، مع إخفاء الأعداد الأقل من {k} (والأعداد الأخرى التي قد تكشفها)؛ لا يُشارَك أي سجل فردي.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="146" />
      <source>Write the admin names (field below) where they fit</source>
      <translation>كتابة أسماء الوحدات الإدارية (الحقل أدناه) حيثما تتسع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="148" />
      <source>Write the area names where they fit</source>
      <translation>كتابة أسماء الوحدات حيثما تتسع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="136" />
      <source>Write the log to XLSX or CSV for field teams</source>
      <translation>كتابة السجل بصيغة XLSX أو CSV للفرق الميدانية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/main_dialog.py" line="65" />
      <source>Write the map as a PDF ready to print or share.</source>
      <translation>حفظ الخريطة بصيغة PDF جاهزة للطباعة أو المشاركة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="39" />
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Columns likely holding personal data at high risk (names, phone numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, recorded in the README). As in the wizard, columns identifying staff, devices, accounts or documents are pseudonymised unless you choose otherwise; when no key can be opened (a run without the QGIS window and no KEY_SOURCE) they are removed instead. Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. Submissions whose consent was refused are left out, and so are the rows of repeat tables that belong to them. A KoboToolbox validation status keeps the status, not who validated. A layer with a filter shares only the submissions it shows, and says so. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation>يكتب نسخة من طبقة المسح أكثر أمانًا للمشاركة (GeoPackage أو CSV). تُحذف الأعمدة المختارة أو تُستبدل بأسماء مستعارة (تجزئة بمفتاح؛ يبقى المفتاح في مدير المصادقة في QGIS). تُحذف الأعمدة التي يُرجَّح أنها تحتوي على بيانات شخصية عالية الخطورة (الأسماء، أرقام الهواتف...) ما لم تختر تطبيق الترميز المستعار عليها أو الإبقاء عليها (KEEP_FIELDS، ويُسجَّل ذلك في README). كما في المعالج، يُطبَّق الترميز المستعار على الأعمدة التي تحدد هوية العاملين أو الأجهزة أو الحسابات أو الوثائق ما لم تختر غير ذلك؛ وعندما لا يمكن فتح أي مفتاح (تشغيل من دون نافذة QGIS ومن دون KEY_SOURCE) تُحذف بدلًا من ذلك. تُحذف الروابط وأسماء المرفقات. تُزاح النقاط عشوائيًا بين مسافة دنيا ومسافة قصوى، أو تُلصق بشبكة، أو تُحذف، أو تُستبدل بأعداد لكل وحدة إدارية تُخفى فيها الأعداد الأقل من k، مع إخفاء أعداد أخرى كي لا يمكن استنتاج أي منها من المجاميع. تُحذف الأعمدة التي تكرر الموقع الدقيق كلما حُميت النقاط. تُفرَّغ التركيبات النادرة من الأعمدة التي قد يعرفها شخص من الخارج (المنطقة، الجنس، العمر، حجم الأسرة...) حتى يشترك في كل منها k من الصفوف. تُستبعد الإرسالات التي رُفضت فيها الموافقة، وكذلك صفوف جداول التكرار التابعة لها. تحتفظ حالة التحقق في KoboToolbox بالحالة، لا بمن قام بالتحقق. الطبقة التي عليها مرشّح لا تشارك إلا الإرسالات التي تعرضها، وتذكر ذلك. يُسجَّل ما تم في الجدول cartong_protection وفي ملف README بالإنجليزية والفرنسية بجانب الملف.</translation>
    </message>
    <message>
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Columns likely holding personal data at high risk (names, phone numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, recorded in the README). As in the wizard, columns identifying staff, devices, accounts or documents are pseudonymised unless you choose otherwise; when no key can be opened (a run without the QGIS window and no KEY_SOURCE) they are removed instead. Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="vanished">يكتب نسخة من طبقة المسح أكثر أمانًا للمشاركة (GeoPackage أو CSV). تُحذف الأعمدة المختارة أو تُستبدل بأسماء مستعارة (تجزئة بمفتاح؛ يبقى المفتاح في مدير المصادقة في QGIS). تُحذف الأعمدة التي يُرجَّح أنها تحتوي على بيانات شخصية عالية الخطورة (الأسماء، أرقام الهواتف...) ما لم تختر تطبيق الترميز المستعار عليها أو الإبقاء عليها (KEEP_FIELDS، ويُسجَّل ذلك في README). كما في المعالج، يُطبَّق الترميز المستعار على الأعمدة التي تحدد هوية العاملين أو الأجهزة أو الحسابات أو الوثائق ما لم تختر غير ذلك؛ وعندما لا يمكن فتح أي مفتاح (تشغيل من دون نافذة QGIS ومن دون KEY_SOURCE) تُحذف بدلًا من ذلك. تُحذف الروابط وأسماء المرفقات. تُزاح النقاط عشوائيًا بين مسافة دنيا ومسافة قصوى، أو تُلصق بشبكة، أو تُحذف، أو تُستبدل بأعداد لكل وحدة إدارية تُخفى فيها الأعداد الأقل من k، مع إخفاء أعداد أخرى كي لا يمكن استنتاج أي منها من المجاميع. تُحذف الأعمدة التي تكرر الموقع الدقيق كلما حُميت النقاط. تُفرَّغ التركيبات النادرة من الأعمدة التي قد يعرفها شخص من الخارج (المنطقة، الجنس، العمر، حجم الأسرة...) حتى يشترك في كل منها k من الصفوف. يُسجَّل ما تم في الجدول cartong_protection وفي ملف README بالإنجليزية والفرنسية بجانب الملف.</translation>
    </message>
    <message>
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Columns likely holding personal data at high risk (names, phone numbers...) are removed unless you choose to pseudonymise them or to keep them (KEEP_FIELDS, recorded in the README). Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="vanished">يكتب نسخة من طبقة المسح أكثر أمانًا للمشاركة (GeoPackage أو CSV). تُحذف الأعمدة المختارة أو تُستبدل بأسماء مستعارة (تجزئة بمفتاح؛ يبقى المفتاح في مدير المصادقة في QGIS). تُحذف الأعمدة التي يُرجَّح أنها تحتوي على بيانات شخصية عالية الخطورة (الأسماء، أرقام الهواتف...) ما لم تختر تطبيق الترميز المستعار عليها أو الإبقاء عليها (KEEP_FIELDS، ويُسجَّل ذلك في README). تُحذف الروابط وأسماء المرفقات. تُزاح النقاط عشوائيًا بين مسافة دنيا ومسافة قصوى، أو تُلصق بشبكة، أو تُحذف، أو تُستبدل بأعداد لكل وحدة إدارية تُخفى فيها الأعداد الأقل من k، مع إخفاء أعداد أخرى كي لا يمكن استنتاج أي منها من المجاميع. تُحذف الأعمدة التي تكرر الموقع الدقيق كلما حُميت النقاط. تُفرَّغ التركيبات النادرة من الأعمدة التي قد يعرفها شخص من الخارج (المنطقة، الجنس، العمر، حجم الأسرة...) حتى يشترك في كل منها k من الصفوف. يُسجَّل ما تم في الجدول cartong_protection وفي ملف README بالإنجليزية والفرنسية بجانب الملف.</translation>
    </message>
    <message>
      <source>Writes a copy of a survey layer that is safer to share (GeoPackage or CSV). Chosen columns are removed or replaced by pseudonyms (a keyed hash; the key stays in the QGIS authentication manager). Links and attachment names are removed. Points are moved at random between a minimum and a maximum distance, snapped to a grid, removed, or replaced by counts per admin area where counts below k are hidden, with other counts hidden so none can be worked out from the totals. Columns repeating the exact location are removed whenever points are protected. Rare combinations of the columns an outsider could know (area, sex, age, household size...) are blanked until each is shared by k rows. What was done is recorded in the table cartong_protection and in a README in English and French beside the file.</source>
      <translation type="vanished">يكتب نسخة من طبقة مسح أكثر أمانًا للمشاركة (GeoPackage أو CSV). تُزال الأعمدة المختارة أو تُستبدل بأسماء مستعارة عبر الترميز المستعار (تجزئة بمفتاح؛ ويبقى المفتاح في مدير المصادقة في QGIS). تُزال الروابط وأسماء المرفقات. تُزاح النقاط عشوائيًا بين مسافة دنيا ومسافة قصوى، أو تُلصق بشبكة، أو تُزال، أو تُستبدل بأعداد حسب الوحدة الإدارية تُخفى فيها الأعداد الأقل من k، مع إخفاء أعداد أخرى حتى لا يمكن استنتاج أي منها من المجاميع. تُزال الأعمدة التي تكرر الموقع الدقيق كلما حُميت النقاط. وتُمحى التركيبات النادرة من الأعمدة التي قد يعرفها شخص من الخارج (المنطقة، الجنس، العمر، حجم الأسرة…) حتى يشترك في كل منها k صفًا على الأقل. يُسجَّل ما تم في الجدول cartong_protection وفي ملف README بالإنجليزية والفرنسية بجوار الملف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/review_sheet.py" line="24" />
      <source>Writes the cleaning log of a survey shared in PostgreSQL, everyone's decisions included, to a CSV or XLSX sheet with three more columns, log_id, version and as_exported: fill change_type, new_value and explanation, then save them with 'Save review decisions'. The version lets the database refuse a decision on a row someone else decided meanwhile; as_exported tells the rows you edited from the ones you only read.</source>
      <translation>يكتب سجل التنظيف لمسح مُشارَك في PostgreSQL، مع قرارات الجميع، في ورقة CSV أو XLSX بثلاثة أعمدة إضافية هي log_id وversion وas_exported: املأ change_type وnew_value وexplanation، ثم احفظها باستخدام 'حفظ قرارات المراجعة'. يتيح الإصدار لقاعدة البيانات رفض قرار بشأن صف قرّر فيه شخص آخر في هذه الأثناء؛ ويميّز as_exported الصفوف التي عدّلتها من تلك التي قرأتها فقط.</translation>
    </message>
    <message>
      <source>Writes the cleaning log of a survey shared in PostgreSQL, everyone's decisions included, to a CSV or XLSX sheet with two more columns, log_id and version: fill change_type, new_value and explanation, then save them with 'Save review decisions'. The version lets the database refuse a decision on a row someone else decided meanwhile.</source>
      <translation type="vanished">يكتب سجل التنظيف لمسح مُشارَك في PostgreSQL، مع قرارات الجميع، في ورقة CSV أو XLSX بعمودين إضافيين هما log_id وversion: املأ change_type وnew_value وexplanation، ثم احفظها باستخدام 'حفظ قرارات المراجعة'. يتيح الإصدار لقاعدة البيانات رفض قرار بشأن صف قرّر فيه شخص آخر في هذه الأثناء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/survey_to_geopackage.py" line="20" />
      <source>Writes the survey of a PostgreSQL schema (shared with 'Share a survey in PostgreSQL') to a GeoPackage with the same tables, names and values, the cleaning log with everyone's decisions included, read from one consistent snapshot while others keep working. The file is written to a temporary name and renamed when complete. Works offline afterwards, and with every other algorithm of the toolkit.</source>
      <translation>يكتب مسح مخطط PostgreSQL (المُشارَك باستخدام 'مشاركة مسح في PostgreSQL') في GeoPackage بالجداول والأسماء والقيم نفسها، مع سجل التنظيف متضمنًا قرارات الجميع، مقروءًا من لقطة متسقة واحدة بينما يواصل الآخرون العمل. يُكتب الملف باسم مؤقت ويُعاد تسميته عند اكتماله. يعمل بعد ذلك دون اتصال، ومع كل خوارزميات الإضافة الأخرى.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="360" />
      <source>Writing the protected copy.</source>
      <translation>جارٍ كتابة النسخة المحمية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="424" />
      <source>Writing {records} submissions into {file}…</source>
      <translation>جارٍ كتابة {records} إرسال في {file}…</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="245" />
      <source>XLSForm</source>
      <translation>‏XLSForm</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="161" />
      <source>XLSForm (*.xlsx *.XLSX *.xls *.XLS);;All files (*)</source>
      <translation>‏XLSForm (*.xlsx *.XLSX *.xls *.XLS);;كل الملفات (*)</translation>
    </message>
    <message>
      <source>XLSForm (*.xlsx)</source>
      <translation type="vanished">‏XLSForm (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="72" />
      <source>XLSForm (optional)</source>
      <translation>‏XLSForm (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="242" />
      <source>XLSForm (optional: adds constraints and required flags)</source>
      <translation>‏XLSForm (اختياري: يضيف القيود والأسئلة الإلزامية)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="54" />
      <source>XLSForm of the form (optional: adds constraints and required flags)</source>
      <translation>ملف XLSForm الخاص بالنموذج (اختياري: يضيف القيود والأسئلة الإلزامية)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="46" />
      <source>XLSForm of the survey (optional)</source>
      <translation>ملف XLSForm الخاص بالمسح (اختياري)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/jobs.py" line="105" />
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="167" />
      <source>You may read the survey {schema} but not write tables there: only its owner may store the cleaned layer in the database. Choose a file for the cleaned survey instead. ({reason})</source>
      <translation>يمكنك قراءة المسح {schema} لكن لا يمكنك كتابة جداول فيه: لا يستطيع حفظ الطبقة المنظفة في قاعدة البيانات إلا مالكه. اختر بدلًا من ذلك ملفًا للمسح المنظف. ({reason})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="280" />
      <source>Your KoboToolbox username and password are used once to fetch your API token; only the token is kept.</source>
      <translation>يُستخدم اسم المستخدم وكلمة المرور في KoboToolbox مرة واحدة لجلب رمز الوصول إلى API؛ ولا يُحفظ سوى رمز الوصول.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="68" />
      <source>Your name, written in the 'who' column of the rows you edit</source>
      <translation>اسمك، ويُكتب في العمود «who» للصفوف التي تعدّلها</translation>
    </message>
    <message>
      <source>Zip to copy: {zip} ({size:.1f} MB, {files} files).</source>
      <translation type="vanished">ملف zip للنسخ: {zip} ({size:.1f} ميغابايت، {files} ملفات).</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/field/wizard.py" line="361" />
      <source>Zip to copy: {zip} ({size} MB, %n files).</source>
      <translation>
        <numerusform>ملف zip المراد نسخه: {zip} ({size} ميغابايت، %n ملف).</numerusform>
        <numerusform>ملف zip المراد نسخه: {zip} ({size} ميغابايت، ملف واحد (%n)).</numerusform>
        <numerusform>ملف zip المراد نسخه: {zip} ({size} ميغابايت، ملفان (%n)).</numerusform>
        <numerusform>ملف zip المراد نسخه: {zip} ({size} ميغابايت، %n ملفات).</numerusform>
        <numerusform>ملف zip المراد نسخه: {zip} ({size} ميغابايت، %n ملفًا).</numerusform>
        <numerusform>ملف zip المراد نسخه: {zip} ({size} ميغابايت، %n ملف).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="306" />
      <source>a 7-Zip archive</source>
      <translation>أرشيف 7-Zip</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="302" />
      <source>a GIF image</source>
      <translation>صورة GIF</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="301" />
      <source>a JPEG photo</source>
      <translation>صورة فوتوغرافية JPEG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="40" />
      <source>a KoboToolbox, ODK Central or ONA export (CSV, XLSX, zip or GeoJSON) and, best, its XLSForm.</source>
      <translation>تصدير من KoboToolbox أو ODK Central أو ONA (CSV أو XLSX أو zip أو GeoJSON)، ويُفضَّل معه نموذج XLSForm الخاص به.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="299" />
      <source>a PDF document</source>
      <translation>مستند PDF</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="300" />
      <source>a PNG image</source>
      <translation>صورة PNG</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="170" />
      <source>a PostgreSQL connection and the schema of a shared survey.</source>
      <translation>اتصال PostgreSQL ومخطط مسح مشترك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="188" />
      <source>a PostgreSQL connection, the schema of a shared survey and a review sheet with your decisions.</source>
      <translation>اتصال PostgreSQL ومخطط مسح مشترك وورقة مراجعة تضم قراراتك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="305" />
      <source>a RAR archive</source>
      <translation>أرشيف RAR</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="303" />
      <source>a SQLite database (a GeoPackage?)</source>
      <translation>قاعدة بيانات SQLite (ربما GeoPackage؟)</translation>
    </message>
    <message>
      <source>a change_response needs a question</source>
      <translation type="vanished">يحتاج change_response إلى سؤال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="141" />
      <source>a character that is not part of a token ({char})</source>
      <translation>حرف ليس جزءًا من رمز وصول ({char})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="89" />
      <source>a cleaned copy of the survey; the numbers of values changed, submissions removed and log rows still pending.</source>
      <translation>نسخة منظفة من المسح؛ وأعداد القيم المغيَّرة والإرسالات المحذوفة وصفوف السجل التي لا تزال معلّقة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="139" />
      <source>a control character (such as a tab)</source>
      <translation>حرف تحكم (مثل علامة الجدولة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="304" />
      <source>a gzip-compressed file</source>
      <translation>ملف مضغوط بـ gzip</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="137" />
      <source>a line break</source>
      <translation>فاصل سطر</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="162" />
      <source>a new schema with every table of the survey, and its reviewer and viewer roles for the administrator to grant; the number of rows copied.</source>
      <translation>مخطط جديد يضم كل جداول المسح، مع دوري المُراجِع والمُطّلِع ليمنحهما المسؤول؛ وعدد الصفوف المنسوخة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="142" />
      <source>a package folder and its zip with the project, data, basemap, offline help and a manifest of every file.</source>
      <translation>مجلد حزمة وملف zip الخاص به يضمان المشروع والبيانات وخريطة الأساس والمساعدة دون اتصال وبيانًا بكل ملف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="111" />
      <source>a print-ready map in PDF, PNG or SVG, or an atlas with a page or a file per area.</source>
      <translation>خريطة جاهزة للطباعة بصيغة PDF أو PNG أو SVG، أو أطلس بصفحة أو ملف لكل وحدة إدارية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="127" />
      <source>a protected copy (GeoPackage or CSV) with a README in English and French saying what was done.</source>
      <translation>نسخة محمية (GeoPackage أو CSV) مع ملف README بالإنجليزية والفرنسية يوضح ما أُجري.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="180" />
      <source>a review sheet (XLSX or CSV) of the shared cleaning log, with its log_id and version columns; the number of log rows.</source>
      <translation>ورقة مراجعة (XLSX أو CSV) لسجل التنظيف المشترك، مع عمودي log_id وversion؛ وعدد صفوف السجل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="450" />
      <source>a row has more fields than the header</source>
      <translation>يحتوي صف على حقول أكثر من صف العناوين</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_export.py" line="173" />
      <source>a row was refused</source>
      <translation>رُفض أحد الصفوف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="236" />
      <source>a run without the QGIS window cannot open your default key</source>
      <translation>لا يستطيع التشغيل من دون نافذة QGIS فتح مفتاحك الافتراضي</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="161" />
      <source>a survey GeoPackage and a PostgreSQL connection (with PostGIS) where you may create schemas.</source>
      <translation>ملف GeoPackage لمسح واتصال PostgreSQL (مع PostGIS) يمكنك فيه إنشاء مخططات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="54" />
      <source>a survey GeoPackage as the import writes it, extended with Update; the numbers of new and of all submissions and of attachments.</source>
      <translation>ملف GeoPackage لمسح كما يكتبه الاستيراد، يُوسَّع بخيار «تحديث»؛ وعدد الإرسالات الجديدة وعدد جميع الإرسالات وعدد المرفقات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="171" />
      <source>a survey GeoPackage with the same tables, the cleaning log with everyone's decisions included; the number of rows copied.</source>
      <translation>ملف GeoPackage لمسح بالجداول نفسها، ومنها سجل التنظيف بقرارات الجميع؛ وعدد الصفوف المنسوخة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="41" />
      <source>a survey GeoPackage: the raw table as received, the typed layer 'survey', repeat tables; the number of submissions imported and of those without location, and the columns likely holding personal data at high risk.</source>
      <translation>ملف GeoPackage لمسح: الجدول الخام كما ورد، والطبقة المحدَّدة الأنواع 'survey'، وجداول التكرار؛ وعدد الإرسالات المستوردة وعدد ما ليس له موقع منها، والأعمدة التي يُرجَّح أنها تحتوي على بيانات شخصية عالية الخطورة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="85" />
      <source>a survey layer and its cleaning log with the decisions taken (the table in its GeoPackage, or an edited XLSX or CSV).</source>
      <translation>طبقة مسح وسجل التنظيف الخاص بها مع القرارات المتخذة (الجدول في ملف GeoPackage الخاص بها، أو ملف XLSX أو CSV معدَّل).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="117" />
      <source>a survey layer and, best, its XLSForm.</source>
      <translation>طبقة مسح، ويُفضَّل معها نموذج XLSForm الخاص بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="75" />
      <source>a survey layer with its _uuid column, best with its XLSForm and the admin boundaries.</source>
      <translation>طبقة مسح مع عمودها _uuid، ويُفضَّل معها نموذج XLSForm الخاص بها والحدود الإدارية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="126" />
      <source>a survey layer, the columns to remove or pseudonymise, and how to protect the locations.</source>
      <translation>طبقة مسح، والأعمدة المراد حذفها أو ترميزها ترميزًا مستعارًا، وطريقة حماية المواقع.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="118" />
      <source>a table of the columns likely holding personal data, with their risk, the reason and a suggested protection; the numbers at high, medium and low risk.</source>
      <translation>جدول بالأعمدة التي يُرجَّح أنها تحتوي على بيانات شخصية، مع درجة خطورتها والسبب وحماية مقترحة؛ وأعداد الأعمدة عالية الخطورة ومتوسطتها ومنخفضتها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="309" />
      <source>a web page (HTML), perhaps a login or error page saved instead of the data</source>
      <translation>صفحة ويب (HTML)، ربما صفحة تسجيل دخول أو صفحة خطأ حُفظت بدلًا من البيانات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_xform.py" line="166" />
      <source>a web page came instead, a login page perhaps</source>
      <translation>وصلت صفحة ويب بدلًا من ذلك، ربما صفحة تسجيل دخول</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="298" />
      <source>a workbook protected by a password</source>
      <translation>مصنف محمي بكلمة مرور</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="296" />
      <source>a zip archive</source>
      <translation>أرشيف zip</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="291" />
      <source>a {change_type} needs a question</source>
      <translation>يحتاج {change_type} إلى سؤال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="68" />
      <source>accuracy</source>
      <translation>الدقة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="109" />
      <source>adding the new submissions to PostgreSQL</source>
      <translation>إضافة الإرسالات الجديدة إلى PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="95" />
      <source>adding the new submissions to {schema}</source>
      <translation>إضافة الإرسالات الجديدة إلى {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="107" />
      <source>admin areas with a value to map (the output of 'Count submissions by admin area'), and optionally the survey points and the boundaries of the level above.</source>
      <translation>وحدات إدارية لها قيمة تُمثَّل على الخريطة (مخرجات «عدّ الإرسالات حسب الوحدة الإدارية»)، واختياريًا نقاط المسح وحدود المستوى الأعلى.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="117" />
      <source>admin boundaries ({files})</source>
      <translation>الحدود الإدارية ({files})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="157" />
      <source>admin code</source>
      <translation>الرمز الإداري</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/count_by_admin.py" line="129" />
      <source>admin name</source>
      <translation>اسم الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="212" />
      <source>admin name ambiguous</source>
      <translation>اسم الوحدة الإدارية ملتبس</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="230" />
      <source>admin name and P-code disagree</source>
      <translation>اسم الوحدة الإدارية لا يتطابق مع رمز P-code</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="202" />
      <source>admin name misspelt</source>
      <translation>اسم الوحدة الإدارية مكتوب بشكل خاطئ</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="221" />
      <source>admin name not found</source>
      <translation>اسم الوحدة الإدارية غير موجود</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="67" />
      <source>altitude</source>
      <translation>الارتفاع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="60" />
      <source>an Excel workbook: no separator needed</source>
      <translation>مصنف Excel: لا حاجة إلى فاصل</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="133" />
      <source>an MBTiles file that QGIS and QField open without network, or a vector background when no tile can be made; the numbers of tiles estimated and written.</source>
      <translation>ملف MBTiles يفتحه QGIS وQField دون شبكة، أو خلفية متجهية حين يتعذر إنشاء أي بلاطة؛ وعدد البلاطات المقدَّر والمكتوب.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="310" />
      <source>an XML file</source>
      <translation>ملف XML</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="297" />
      <source>an old Excel .xls file (or another Office 97-2003 document)</source>
      <translation>ملف Excel قديم بصيغة ‎.xls (أو مستند آخر من Office 97-2003)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="62" />
      <source>an unknown form</source>
      <translation>نموذج غير معروف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="83" />
      <source>and</source>
      <translation>و</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/replace.py" line="179" />
      <source>and {count} more</source>
      <translation>و{count} آخرون</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="401" />
      <source>answer cut short</source>
      <translation>إجابة مقطوعة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="392" />
      <source>answer not compressed as announced</source>
      <translation>رد غير مضغوط كما أُعلن</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="111" />
      <source>answer outside its cascade</source>
      <translation>إجابة خارج تسلسلها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="372" />
      <source>answer too slow</source>
      <translation>إجابة بطيئة جدًا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="92" />
      <source>answers of</source>
      <translation>إجابات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="318" />
      <source>attachment {name}</source>
      <translation>المرفق {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/basemaps.py" line="113" />
      <source>basemap Natural Earth</source>
      <translation>خلفية الخريطة Natural Earth</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="83" />
      <source>between</source>
      <translation>بين</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="85" />
      <source>cells of</source>
      <translation>خلايا بحجم</translation>
    </message>
    <message>
      <source>change_type</source>
      <translation type="vanished">نوع التغيير (change_type)</translation>
    </message>
    <message>
      <source>check_id</source>
      <translation type="vanished">الفحص (check_id)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="105" />
      <source>choropleth (default): areas coloured by classes of the value; circles: one circle per area, its size following the value, better for counts; heatmap: density of the survey points (needs the points).</source>
      <translation>‏choropleth (الافتراضي): وحدات إدارية ملوّنة حسب فئات القيمة؛ circles: دائرة لكل وحدة يتبع حجمها القيمة، وهي أفضل للأعداد؛ heatmap (خريطة حرارية): كثافة نقاط المسح (تحتاج إلى النقاط).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="92" />
      <source>column</source>
      <translation>العمود</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="312" />
      <source>columns added: {names}</source>
      <translation>أعمدة مضافة: {names}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="314" />
      <source>columns missing: {names}</source>
      <translation>أعمدة ناقصة: {names}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="57" />
      <source>commas (,)</source>
      <translation>فواصل (,)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/store.py" line="173" />
      <source>connecting</source>
      <translation>الاتصال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/consent.py" line="118" />
      <source>consent refused</source>
      <translation>رفض الموافقة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="48" />
      <source>coordinate</source>
      <translation>إحداثية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="296" />
      <source>copying the survey to PostgreSQL</source>
      <translation>نسخ المسح إلى PostgreSQL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="376" />
      <source>copying the survey to a GeoPackage</source>
      <translation>نسخ المسح إلى GeoPackage</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="113" />
      <source>copying the table {table}</source>
      <translation>نسخ الجدول {table}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="306" />
      <source>creating the schema {schema}</source>
      <translation>إنشاء المخطط {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="40" />
      <source>date</source>
      <translation>تاريخ</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="41" />
      <source>date and time</source>
      <translation>تاريخ ووقت</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="204" />
      <source>date-times (ISO 8601)</source>
      <translation>تواريخ وأوقات (ISO 8601)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="393" />
      <source>dates</source>
      <translation>تواريخ</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="191" />
      <source>dates (YYYY-MM-DD)</source>
      <translation>تواريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="393" />
      <source>dates and times</source>
      <translation>تواريخ وأوقات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="19" />
      <source>dates of birth</source>
      <translation>تواريخ ميلاد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="39" />
      <source>decimal number</source>
      <translation>عدد عشري</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="20" />
      <source>device or account identifiers</source>
      <translation>معرّفات أجهزة أو حسابات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="150" />
      <source>duplicated answers</source>
      <translation>إجابات مكررة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="103" />
      <source>duplicated key fields</source>
      <translation>حقول مفتاحية مكررة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="65" />
      <source>duplicated uuid</source>
      <translation>‏uuid مكرر</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="14" />
      <source>e-mail addresses</source>
      <translation>عناوين بريد إلكتروني</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="245" />
      <source>e.g. 10, 20, 50</source>
      <translation>مثل 10، 20، 50</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="69" />
      <source>e.g. Household survey, March 2026</source>
      <translation>مثل: مسح الأسر، آذار/مارس 2026</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/layout_page.py" line="71" />
      <source>e.g. household survey (partner), boundaries OCHA COD-AB</source>
      <translation>مثل: مسح الأسر (الشريك)، الحدود OCHA COD-AB</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="254" />
      <source>empty</source>
      <translation>فارغ</translation>
    </message>
    <message>
      <source>explanation</source>
      <translation type="vanished">الشرح (explanation)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="87" />
      <source>feature {fid}</source>
      <translation>العنصر {fid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="61" />
      <source>form {form} of project {project} on {server}</source>
      <translation>النموذج {form} من المشروع {project} على {server}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="59" />
      <source>form {form} on {server}</source>
      <translation>النموذج {form} على {server}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="194" />
      <source>form {id}</source>
      <translation>النموذج {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="150" />
      <source>form {uid}</source>
      <translation>النموذج {uid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="21" />
      <source>free text, which may name or describe people</source>
      <translation>نصًا حرًا قد يسمّي أشخاصًا أو يصفهم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="49" />
      <source>geometry (WKT)</source>
      <translation>شكل هندسي (WKT)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/append.py" line="129" />
      <source>granting the survey roles</source>
      <translation>منح أدوار المسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="15" />
      <source>home addresses</source>
      <translation>عناوين سكن</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="85" />
      <source>https://your.server.org</source>
      <translation>‏https://your.server.org</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="13" />
      <source>identity or registration numbers</source>
      <translation>أرقام هوية أو تسجيل</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="147" />
      <source>impossible coordinates</source>
      <translation>إحداثيات مستحيلة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="65" />
      <source>interview ends before it starts</source>
      <translation>مقابلة تنتهي قبل أن تبدأ</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="102" />
      <source>interview outside the data collection period</source>
      <translation>مقابلة خارج فترة جمع البيانات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="85" />
      <source>interview too long</source>
      <translation>مقابلة طويلة جدًا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="75" />
      <source>interview too short</source>
      <translation>مقابلة قصيرة جدًا</translation>
    </message>
    <message>
      <source>issue</source>
      <translation type="vanished">المشكلة (issue)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="57" />
      <source>it has an absolute path</source>
      <translation>له مسار مطلق</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="62" />
      <source>it is a symbolic link</source>
      <translation>إنه رابط رمزي</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="156" />
      <source>it is not UTF-8 text.</source>
      <translation>ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="129" />
      <source>it is not a number</source>
      <translation>ليس رقمًا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="151" />
      <source>it is not valid JSON at line {line}, column {column} ({reason}).</source>
      <translation>ليس JSON صالحًا في السطر {line}، العمود {column} ({reason}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="120" />
      <source>it may be {grouped} or {decimal}; write it without a thousands separator, with a point for decimals</source>
      <translation>قد تكون {grouped} أو {decimal}؛ اكتبها بدون فاصل للآلاف، مع نقطة للكسور العشرية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="97" />
      <source>its choices are in the form's external choices (itemsets.csv)</source>
      <translation>خياراته موجودة في الخيارات الخارجية للنموذج (itemsets.csv)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="92" />
      <source>its choices are in the form's media file {file}</source>
      <translation>خياراته موجودة في ملف الوسائط الخاص بالنموذج {file}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="95" />
      <source>its choices are in the form's media file {file}.csv (search())</source>
      <translation>خياراته موجودة في ملف الوسائط الخاص بالنموذج {file}.csv (search())</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="54" />
      <source>its name contains a NUL character</source>
      <translation>يحتوي اسمه على محرف NUL</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="59" />
      <source>its path climbs out of the folder with '..'</source>
      <translation>مساره يخرج من المجلد باستخدام «..»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="399" />
      <source>its rows cannot be matched to the survey's</source>
      <translation>لا يمكن مطابقة صفوفها مع صفوف المسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/templates.py" line="263" />
      <source>km</source>
      <translation>كم</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="64" />
      <source>latitude</source>
      <translation>خط العرض</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="121" />
      <source>latitude and longitude swapped</source>
      <translation>خط العرض وخط الطول معكوسان</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="291" />
      <source>log id {log_id}</source>
      <translation>معرّف السجل {log_id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geometry.py" line="65" />
      <source>longitude</source>
      <translation>خط الطول</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/shared_database.py" line="38" />
      <source>made from the file name</source>
      <translation>مأخوذ من اسم الملف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="142" />
      <source>many interviews in little time</source>
      <translation>مقابلات كثيرة في وقت قصير</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="472" />
      <source>name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>new_value</source>
      <translation type="vanished">القيمة الجديدة (new_value)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="274" />
      <source>no answer (the connection failed)</source>
      <translation>لا يوجد رد (فشل الاتصال)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="74" />
      <source>no choice of the list {list} has a value in a column {column} of the choices sheet</source>
      <translation>لا يوجد خيار في القائمة {list} له قيمة في عمود {column} من ورقة choices</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="91" />
      <source>no form</source>
      <translation>بلا نموذج</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="62" />
      <source>no layer</source>
      <translation>لا توجد طبقة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/field/wizard.py" line="208" />
      <source>no limit</source>
      <translation>بلا حد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="282" />
      <source>no submission has the uuid {uuid}</source>
      <translation>لا يوجد إرسال يحمل uuid {uuid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="416" />
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>none (Excel)</source>
      <translation type="vanished">لا يوجد (Excel)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="89" />
      <source>none found</source>
      <translation>لم يُعثر على شيء</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_for_sharing.py" line="306" />
      <source>none was given</source>
      <translation>لم يُحدَّد أي مفتاح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="231" />
      <source>not a number</source>
      <translation>ليست رقمًا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_xform.py" line="169" />
      <source>not a whole XForm: cut or damaged</source>
      <translation>ليس ملف XForm كاملًا: مقطوع أو تالف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="280" />
      <source>not asked: the server's file storage was failing (see the warning).</source>
      <translation>لم يُطلب: كان تخزين الملفات في الخادم معطلًا (انظر التحذير).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/summary.py" line="81" />
      <source>not done</source>
      <translation>لم تُنجز</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="78" />
      <source>not needed (Excel)</source>
      <translation>غير مطلوب (Excel)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="143" />
      <source>numbers</source>
      <translation>أعداد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="175" />
      <source>numeric question</source>
      <translation>سؤال رقمي</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/parameter_help_maps.py" line="142" />
      <source>offline (default): the countries of Natural Earth bundled with the toolkit, no network needed; osm: OpenStreetMap tiles, credited on the map, only when a connection exists.</source>
      <translation>‏offline (الافتراضي): بلدان Natural Earth المرفقة بالأداة، من دون حاجة إلى شبكة؛ osm: بلاطات OpenStreetMap، مع ذكر المصدر على الخريطة، فقط عند توفر الاتصال.</translation>
    </message>
    <message>
      <source>old_value</source>
      <translation type="vanished">القيمة القديمة (old_value)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="42" />
      <source>one choice</source>
      <translation>خيار واحد</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="11" />
      <source>people's names</source>
      <translation>أسماء أشخاص</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="12" />
      <source>phone numbers</source>
      <translation>أرقام هواتف</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="17" />
      <source>photos, recordings, signatures or links to attachments</source>
      <translation>صورًا أو تسجيلات أو توقيعات أو روابط لمرفقات</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="312" />
      <source>plain text</source>
      <translation>نص عادي</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="159" />
      <source>poor GPS precision</source>
      <translation>دقة GPS غير كافية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="16" />
      <source>precise GPS locations of homes or people</source>
      <translation>مواقع GPS دقيقة لمساكن أو أشخاص</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/aggregate.py" line="171" />
      <source>question</source>
      <translation>السؤال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="85" />
      <source>question {name}</source>
      <translation>السؤال {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="308" />
      <source>random or damaged bytes, in no format the toolkit knows</source>
      <translation>بايتات عشوائية أو تالفة، بصيغة لا تعرفها الإضافة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="113" />
      <source>reading the cleaning log of {schema}</source>
      <translation>قراءة سجل التنظيف الخاص بـ {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="90" />
      <source>reading the form of {schema}</source>
      <translation>قراءة نموذج {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="59" />
      <source>reading the survey schemas of {target}</source>
      <translation>قراءة مخططات المسح في {target}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="373" />
      <source>reading the survey {schema}</source>
      <translation>قراءة المسح {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/other_answers.py" line="82" />
      <source>recode other</source>
      <translation>إعادة ترميز «أخرى»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/missing.py" line="87" />
      <source>required answer missing</source>
      <translation>إجابة إلزامية مفقودة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="291" />
      <source>row {row}</source>
      <translation>الصف {row}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="400" />
      <source>row {row} ({uuid}, {question}, {check}): {here} in the file, {there} in the survey's log</source>
      <translation>الصف {row} ({uuid}، {question}، {check}): {here} في الملف، و{there} في سجل المسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="398" />
      <source>row {row} ({uuid}, {question}, {check}): {here} in the file, {there} in the survey's log (by {who})</source>
      <translation>الصف {row} ({uuid}، {question}، {check}): {here} في الملف، و{there} في سجل المسح (بواسطة {who})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="154" />
      <source>saving decisions in the cleaning log of {schema}</source>
      <translation>حفظ القرارات في سجل التنظيف الخاص بـ {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="56" />
      <source>semicolons (;)</source>
      <translation>فواصل منقوطة (;)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="18" />
      <source>sensitive characteristics (ethnicity, religion, health, violence...)</source>
      <translation>خصائص حساسة (الانتماء العرقي، الدين، الصحة، العنف…)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="43" />
      <source>several choices</source>
      <translation>خيارات متعددة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/location_page.py" line="145" />
      <source>smaller counts are hidden, rarer combinations blanked</source>
      <translation>تُخفى الأعداد الأصغر وتُمحى التركيبات الأندر</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="308" />
      <source>statistical outlier</source>
      <translation>قيمة شاذة إحصائيًا</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="310" />
      <source>statistical outlier (common value)</source>
      <translation>قيمة شاذة إحصائيًا (قيمة شائعة)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/outliers.py" line="309" />
      <source>statistical outlier (mean absolute deviation)</source>
      <translation>قيمة شاذة إحصائيًا (متوسط الانحراف المطلق)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="154" />
      <source>submission {uuid} of form {id}</source>
      <translation>الإرسال {uuid} من النموذج {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/apply_page.py" line="266" />
      <source>survey (cleaned)</source>
      <translation>المسح (منظف)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="134" />
      <source>survey ({file})</source>
      <translation>المسح ({file})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="97" />
      <source>survey submissions (points, or a P-code field) and admin area polygons with P-codes.</source>
      <translation>إرسالات المسح (نقاط، أو حقل P-code) ومضلعات الوحدات الإدارية مع رموز P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="157" />
      <source>tab</source>
      <translation>جدولة (tab)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="58" />
      <source>tabs</source>
      <translation>علامات جدولة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="37" />
      <source>text</source>
      <translation>نص</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="66" />
      <source>the API token</source>
      <translation>رمز الوصول إلى API</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_kobo.py" line="62" />
      <source>the KoboToolbox API token</source>
      <translation>رمز الوصول إلى API الخاص بـ KoboToolbox</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/download_odk.py" line="85" />
      <source>the ODK Central password or app-user token</source>
      <translation>كلمة المرور الخاصة بـ ODK Central أو رمز الوصول لمستخدم التطبيق</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="50" />
      <source>the address of a KoboToolbox server, the form's ID and your API token (in a QGIS authentication configuration, or named by env:/file: without the QGIS window).</source>
      <translation>عنوان خادم KoboToolbox، ومعرّف النموذج، ورمز الوصول (API token) الخاص بك (في إعداد مصادقة في QGIS، أو محدَّد عبر env:/file: من دون نافذة QGIS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="62" />
      <source>the address of an ODK Central server, the project number, the form's ID and your login (in a QGIS authentication configuration, or named by env:/file: without the QGIS window).</source>
      <translation>عنوان خادم ODK Central، ورقم المشروع، ومعرّف النموذج، وبيانات دخولك (في إعداد مصادقة في QGIS، أو محدَّدة عبر env:/file: من دون نافذة QGIS).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="132" />
      <source>the address of an XYZ or WMS basemap, an area and zoom levels.</source>
      <translation>عنوان خريطة أساس XYZ أو WMS، ومنطقة، ومستويات تكبير.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="98" />
      <source>the admin areas with the number of submissions, or the share of an answer, or the mean or median of a number, each area below the threshold marked 'insufficient'.</source>
      <translation>الوحدات الإدارية مع عدد الإرسالات، أو نسبة إجابة ما، أو متوسط رقم ما أو وسيطه، مع تعليم كل وحدة دون العتبة بـ 'insufficient'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="441" />
      <source>the attachments of {id}</source>
      <translation>مرفقات {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="148" />
      <source>the cell {cell} ({column}) holds a formula with no saved result: open the file in Excel or LibreOffice and save it, or type the value</source>
      <translation>الخلية {cell} ({column}) تحتوي على صيغة بلا نتيجة محفوظة: افتح الملف في Excel أو LibreOffice واحفظه، أو اكتب القيمة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="134" />
      <source>the column holds whole numbers</source>
      <translation>العمود يحتوي على أعداد صحيحة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="264" />
      <source>the column {column} of {table}</source>
      <translation>العمود {column} من {table}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="255" />
      <source>the current project (never saved)</source>
      <translation>المشروع الحالي (لم يُحفظ قط)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="303" />
      <source>the data has no question {question}</source>
      <translation>لا تحتوي البيانات على السؤال {question}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="189" />
      <source>the decisions saved in the shared cleaning log, with who and when; the numbers saved, refused (someone decided first) and unchanged.</source>
      <translation>القرارات المحفوظة في سجل التنظيف المشترك، مع صاحبها وتاريخها؛ وأعداد القرارات المحفوظة والمرفوضة (سبق أن قرر شخص آخر) وغير المتغيرة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="344" />
      <source>the disk is full</source>
      <translation>القرص ممتلئ</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="100" />
      <source>the exact location of each submission</source>
      <translation>الموقع الدقيق لكل إرسال</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="275" />
      <source>the file cannot be opened for writing</source>
      <translation>لا يمكن فتح الملف للكتابة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="106" />
      <source>the form has no choice list '{list}'</source>
      <translation>ليس في النموذج قائمة خيارات «{list}»</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_answers.py" line="103" />
      <source>the form has no choice list '{list}' (it has '{other}': check the spelling)</source>
      <translation>ليس في النموذج قائمة خيارات «{list}» (فيه «{other}»: تحقق من الإملاء)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="70" />
      <source>the form has no question {name}</source>
      <translation>ليس في النموذج سؤال {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="72" />
      <source>the form has several questions {name}</source>
      <translation>في النموذج عدة أسئلة {name}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="167" />
      <source>the forms of project {id}</source>
      <translation>نماذج المشروع {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="129" />
      <source>the list of forms</source>
      <translation>قائمة النماذج</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="160" />
      <source>the list of projects</source>
      <translation>قائمة المشاريع</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_completeness.py" line="125" />
      <source>the list of submissions of form {id}</source>
      <translation>قائمة إرسالات النموذج {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_index.py" line="35" />
      <source>the list of submissions of form {uid}</source>
      <translation>قائمة إرسالات النموذج {uid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="128" />
      <source>the login</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="22" />
      <source>the names of survey staff</source>
      <translation>أسماء العاملين في المسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/shared_uuids.py" line="104" />
      <source>the new uuid {uuid} is the uuid of another submission ({ids}): it would be there twice</source>
      <translation>المعرّف uuid الجديد {uuid} هو uuid إرسال آخر ({ids}): سيظهر مرتين</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="151" />
      <source>the office GeoPackage with the new submissions, the values edited and repeat rows added by the field team and the cleaning decisions merged, and a CSV of the conflicts and of the field changes not merged, such as rows deleted in the field (the office kept its values and rows).</source>
      <translation>ملف GeoPackage الخاص بالمكتب بعد دمج الإرسالات الجديدة والقيم المعدَّلة وصفوف التكرار التي أضافها الفريق الميداني وقرارات التنظيف فيه، وملف CSV بالتعارضات وبتغييرات العمل الحقلي غير المدمجة، مثل الصفوف المحذوفة في الميدان (أبقى المكتب على قيمه وصفوفه).</translation>
    </message>
    <message>
      <source>the office GeoPackage with the new submissions, the values edited by the field team and the cleaning decisions merged, and a CSV of the conflicts (office values kept).</source>
      <translation type="vanished">ملف GeoPackage الخاص بالمكتب بعد دمج الإرسالات الجديدة والقيم التي عدّلها الفريق الميداني وقرارات التنظيف فيه، وملف CSV بالتعارضات (مع الإبقاء على قيم المكتب).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="150" />
      <source>the package a field team brought back and the office survey GeoPackage.</source>
      <translation>الحزمة التي أعادها فريق ميداني وملف GeoPackage الخاص بمسح المكتب.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="23" />
      <source>the place where people live, identifying in small places</source>
      <translation>مكان سكن الأشخاص، وهو ما يكشف هويتهم في الأماكن الصغيرة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/pseudonymise.py" line="67" />
      <source>the pseudonymisation key</source>
      <translation>مفتاح الترميز المستعار</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="84" />
      <source>the question {parent} it names has no column in the layer</source>
      <translation>السؤال {parent} الذي يسميه ليس له عمود في الطبقة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="79" />
      <source>the question {parent} it names is in the repeat group {repeat}</source>
      <translation>السؤال {parent} الذي يسميه موجود في المجموعة المتكررة {repeat}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/personal.py" line="99" />
      <source>the raw tables ({tables})</source>
      <translation>الجداول الخام ({tables})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="208" />
      <source>the requested page</source>
      <translation>الصفحة المطلوبة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="316" />
      <source>the same columns in another order</source>
      <translation>الأعمدة نفسها بترتيب آخر</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/attachment_fetch.py" line="77" />
      <source>the submission names this file, but the server listed no attachment of that name.</source>
      <translation>يذكر الإرسال هذا الملف، لكن الخادم لم يُدرج أي مرفق بهذا الاسم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="371" />
      <source>the submissions of form {id}</source>
      <translation>إرسالات النموذج {id}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="180" />
      <source>the submissions of form {uid}</source>
      <translation>إرسالات النموذج {uid}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/duplicates.py" line="76" />
      <source>the survey</source>
      <translation>المسح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="141" />
      <source>the survey GeoPackages, admin boundaries and, optionally, a basemap source for the area.</source>
      <translation>ملفات GeoPackage للمسوح، والحدود الإدارية، واختياريًا مصدر خريطة أساس للمنطقة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/algorithm_help.py" line="76" />
      <source>the table 'cleaning_log' (one row per value to review) in the survey's GeoPackage, optionally an Excel or CSV copy for field teams, and the number of rows raised by each check.</source>
      <translation>الجدول 'cleaning_log' (صف لكل قيمة تجب مراجعتها) في ملف GeoPackage الخاص بالمسح، واختياريًا نسخة Excel أو CSV للفرق الميدانية، وعدد الصفوف التي أثارها كل فحص.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="262" />
      <source>the table {table}</source>
      <translation>الجدول {table}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="276" />
      <source>the uuid is empty</source>
      <translation>قيمة uuid فارغة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="208" />
      <source>times in milliseconds since 1970</source>
      <translation>أوقات بأجزاء الألف من الثانية منذ عام 1970</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/setup_pages.py" line="224" />
      <source>to</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="227" />
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <source>uuid</source>
      <translation type="vanished">‏uuid</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/constraints.py" line="50" />
      <source>value outside the form's constraint</source>
      <translation>قيمة خارج قيد النموذج</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="59" />
      <source>vertical bars (|)</source>
      <translation>أشرطة عمودية (|)</translation>
    </message>
    <message>
      <source>when</source>
      <translation type="vanished">متى (when)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="181" />
      <source>where its GPS point falls</source>
      <translation>التي تقع فيها نقطة GPS الخاصة به</translation>
    </message>
    <message>
      <source>who</source>
      <translation type="vanished">من (who)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="38" />
      <source>whole number</source>
      <translation>عدد صحيح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="143" />
      <source>whole numbers</source>
      <translation>أعداد صحيحة</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="183" />
      <source>whose P-code it gives</source>
      <translation>التي يذكر رمز P-code الخاص بها</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="145" />
      <source>write TRUE or FALSE</source>
      <translation>اكتب TRUE أو FALSE</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="181" />
      <source>write the date and time as YYYY-MM-DDTHH:MM:SS</source>
      <translation>اكتب التاريخ والوقت بالصيغة YYYY-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="169" />
      <source>write the date as YYYY-MM-DD</source>
      <translation>اكتب التاريخ بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/cleaned.py" line="143" />
      <source>writing the cleaned layer {table} in {schema}</source>
      <translation>كتابة الطبقة المنظفة {table} في {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/shared_log.py" line="80" />
      <source>writing the cleaning log of {schema}</source>
      <translation>كتابة سجل التنظيف الخاص بـ {schema}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="44" />
      <source>yes/no (0/1)</source>
      <translation>نعم/لا (0/1)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/choice_flags.py" line="84" />
      <source>yes/no answers of the choice '{choice}' (1/0, True/False, or its own code or label)</source>
      <translation>إجابات نعم/لا للخيار «{choice}» (1/0 أو True/False أو رمزه أو التسمية الخاصة به)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/gps.py" line="210" />
      <source>{answered} is the P-code of no admin area; the point lies in {found}.</source>
      <translation>‏{answered} ليس رمز P-code لأي وحدة إدارية؛ والنقطة تقع في {found}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="169" />
      <source>{areas}: {count}</source>
      <translation>‏{areas}: {count}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="192" />
      <source>{area} has no boundary (its geometry is empty): no page was made for it.</source>
      <translation>‏{area} ليس لها حدود (هندستها فارغة): لم تُنشأ لها أي صفحة.</translation>
    </message>
    <message>
      <source>{changed} values changed, {removed} submissions removed, {pending} log rows pending.</source>
      <translation type="vanished">‏{changed} قيمة غُيِّرت، {removed} إرسال أُزيل، {pending} صف في السجل معلّق.</translation>
    </message>
    <message>
      <source>{changed} values changed, {removed} submissions removed, {pending} log rows still pending, {kept} kept as they are.</source>
      <translation type="vanished">‏{changed} قيمة غُيِّرت، {removed} إرسال أُزيل، {pending} صف في السجل لا يزال معلّقًا، {kept} بقيت كما هي.</translation>
    </message>
    <message>
      <source>{changed} values will be changed and {removed} submissions removed; {kept} rows are kept as they are.</source>
      <translation type="vanished">ستُغيَّر {changed} قيمة وتُحذف {removed} من الإرسالات؛ وتبقى {kept} من الصفوف كما هي.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/run_checks.py" line="334" />
      <source>{check}: {count} rows ({seconds} s)</source>
      <translation>‏{check}: {count} صف ({seconds} ث)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/area_warnings.py" line="27" />
      <source>{code} ({count} areas)</source>
      <translation>‏{code} ‏({count} مناطق)</translation>
    </message>
    <message>
      <source>{columns} columns; encoding {encoding}; delimiter {delimiter}; location: {location}; repeat tables: {repeats}; form languages: {languages}.</source>
      <translation type="vanished">‏{columns} عمود؛ الترميز {encoding}؛ الفاصل {delimiter}؛ الموقع: {location}؛ جداول التكرار: {repeats}؛ لغات النموذج: {languages}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="90" />
      <source>{column} is the label the import derives from {answer}, and '{label}' is the label of no choice of the list '{list}': the row cannot be applied to {answer}. Write the change on {answer}, with the choice's name</source>
      <translation>‏{column} هو التسمية التي يستخرجها الاستيراد من {answer}، و'{label}' ليست تسمية أي خيار في القائمة '{list}': لا يمكن تطبيق الصف على {answer}. اكتب التغيير على {answer}، باسم الخيار</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/label_rows.py" line="85" />
      <source>{column} is the label the import derives from {answer}, and '{label}' is the label of several choices of the list '{list}' ({codes}): the row cannot tell which one it means. Write the change on {answer}, with the choice's name</source>
      <translation>‏{column} هو التسمية التي يستخرجها الاستيراد من {answer}، و'{label}' هي تسمية عدة خيارات في القائمة '{list}' ({codes}): لا يمكن أن يُعرف من الصف أيّها المقصود. اكتب التغيير على {answer}، باسم الخيار</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="283" />
      <source>{column}: {explanation}</source>
      <translation>‏{column}: {explanation}</translation>
    </message>
    <message>
      <source>{count} attachments could not be downloaded and were skipped: {files}. The submissions are all in the GeoPackage.</source>
      <translation type="vanished">تعذّر تنزيل {count} من المرفقات وتم تخطيها: {files}. الإرسالات كلها موجودة في GeoPackage.</translation>
    </message>
    <message>
      <source>{count} attachments could not be downloaded and were skipped: {files}. The submissions are all in the GeoPackage; to fetch the files later, run the download again into this GeoPackage with Update and attachments ticked.</source>
      <translation type="vanished">تعذّر تنزيل {count} من المرفقات وتم تخطيها: {files}. الإرسالات كلها موجودة في GeoPackage؛ لجلب الملفات لاحقًا، أعد تشغيل التنزيل في ملف GeoPackage هذا مع تحديد خياري «تحديث» و«تنزيل المرفقات».</translation>
    </message>
    <message>
      <source>{count} decisions of the saved log are kept.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/constraints.py" line="59" />
      <source>{count} form constraint(s) not checked, their expressions are beyond what the checks read: {questions}. Check these answers by hand.</source>
      <translation>‏{count} قيد (قيود) في النموذج لم يُفحص، فتعابيرها تتجاوز ما تقرؤه الفحوص: {questions}. تحقق من هذه الإجابات يدويًا.</translation>
    </message>
    <message>
      <source>{count} forms. Select one, then Next.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="50" />
      <source>{count} of {total} values of "{column}" are KoboToolbox validation statuses naming the account of the person who validated the submission ("by_whom"): a copy for sharing keeps only the status.</source>
      <translation>‏{count} من أصل {total} قيمة في «{column}» هي حالات تحقق من KoboToolbox تذكر حساب الشخص الذي تحقق من الإرسال ("by_whom"): لا تحتفظ النسخة المعدّة للمشاركة إلا بالحالة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="35" />
      <source>{count} of {total} values of "{column}" contain names also written in "{source}".</source>
      <translation>‏{count} من أصل {total} قيمة في «{column}» تحتوي على أسماء مكتوبة أيضًا في «{source}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="40" />
      <source>{count} of {total} values of "{column}" contain {what}.</source>
      <translation>‏{count} من أصل {total} قيمة في «{column}» تحتوي على {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/detect_explain.py" line="45" />
      <source>{count} of {total} values of "{column}" look like {what}.</source>
      <translation>‏{count} من أصل {total} قيمة في «{column}» تبدو {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/durations.py" line="135" />
      <source>{count} or more interviews started by the same {by} within {minutes} minutes.</source>
      <translation>‏{count} مقابلات أو أكثر بدأها {by} نفسه خلال أقل من {minutes} دقيقة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/learn_menu.py" line="93" />
      <source>{count} problem(s) in the help catalogue; the bundled catalogue is used for the rest. Details: CartONG › Learn › Problems in the help catalogue, or the CartONG log.</source>
      <translation>‏{count} مشكلة (مشكلات) في دليل المساعدة؛ يُستخدم الدليل المرفق بالإضافة لما تبقى. التفاصيل: CartONG › تعلّم › مشكلات في دليل المساعدة، أو سجل CartONG.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="79" />
      <source>{encoding}: check that the text reads correctly</source>
      <translation>الترميز {encoding}: تحقق من أن النص يُقرأ بشكل صحيح</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/export_guard.py" line="37" />
      <source>{error} The export file {file} may hold decisions of the field teams: it was not replaced. Choose another export file, or move this one away.</source>
      <translation>‏{error} قد يحتوي ملف التصدير {file} على قرارات الفرق الميدانية: لم يُستبدل. اختر ملف تصدير آخر، أو انقل هذا الملف إلى مكان آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/output_guard.py" line="64" />
      <source>{file} already exists. Replace it? Everything it holds will be lost. Choose No to keep it, then another name ({free} is free).</source>
      <translation>الملف {file} موجود بالفعل. هل تريد استبداله؟ سيُفقد كل ما يحتويه. اختر «لا» للاحتفاظ به، ثم اسمًا آخر (الاسم {free} متاح).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="289" />
      <source>{file} already exists: choose "A key file I keep…" to use it, or another name for the new key.</source>
      <translation>الملف {file} موجود بالفعل: اختر "ملف مفتاح أحتفظ به…" لاستخدامه، أو اسمًا آخر للمفتاح الجديد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/returned_files.py" line="85" />
      <source>{file} appeared in {folder} during the merge (another program writing there, or a file whose name differs only in upper or lower case): nothing was merged, so that no row links to a different file. Run the merge again.</source>
      <translation>ظهر {file} في {folder} أثناء الدمج (برنامج آخر يكتب فيه، أو ملف لا يختلف اسمه إلا في الأحرف الكبيرة أو الصغيرة): لم يُدمج أي شيء، كي لا يشير أي صف إلى ملف مختلف. أعد تشغيل الدمج.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="273" />
      <source>{file} cannot be opened: {error}. Export the data again as a plain zip (no password).</source>
      <translation>لا يمكن فتح {file}: {error}. صدّر البيانات مجددًا كملف zip عادي (بدون كلمة المرور).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="449" />
      <source>{file} cannot be read as CSV: {reason}</source>
      <translation>لا يمكن قراءة {file} كملف CSV: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="61" />
      <source>{file} cannot be read as GeoJSON: {reason}</source>
      <translation>لا يمكن قراءة {file} كملف GeoJSON: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="244" />
      <source>{file} cannot be read as JSON: {reason}</source>
      <translation>تتعذر قراءة الملف {file} بصيغة JSON: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/base.py" line="45" />
      <source>{file} cannot be read or written (permission denied). Choose a file or folder you can use.</source>
      <translation>لا يمكن قراءة {file} أو الكتابة فيه (تم رفض الإذن). اختر ملفًا أو مجلدًا يمكنك استخدامه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="442" />
      <source>{file} cannot be read: {error}</source>
      <translation>تتعذر قراءة الملف {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="195" />
      <source>{file} cannot be written: the folder {folder} cannot be written to ({reason}). Choose a folder you can write to.</source>
      <translation>تتعذر كتابة {file}: لا يمكن الكتابة في المجلد {folder} ({reason}). اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/cleaned_destination.py" line="42" />
      <source>{file} cannot hold the cleaned survey: only a GeoPackage keeps the survey's form, repeat tables and date-times as they are (a CSV, spreadsheet or shapefile loses them, and a copy shared from it would lose the protections that read them); choose a GeoPackage file (.gpkg) for the cleaned survey and export for sharing from it.</source>
      <translation>لا يمكن أن يحتوي {file} على المسح المنظف: وحده ملف GeoPackage يحفظ نموذج المسح وجداول التكرار وقيم التاريخ والوقت كما هي (ملف CSV أو جدول البيانات أو shapefile يفقدها، والنسخة المشتركة منه ستفقد وسائل الحماية التي تعتمد عليها)؛ اختر ملف GeoPackage (.gpkg) للمسح المنظف ثم نفّذ منه التصدير للمشاركة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="140" />
      <source>{file} contains binary data: it is not a CSV text file (it looks like {what}).</source>
      <translation>الملف {file} يحتوي على بيانات ثنائية: ليس ملف نص CSV (يبدو أنه {what}).</translation>
    </message>
    <message>
      <source>{file} contains binary data: it is not a CSV text file.</source>
      <translation type="vanished">يحتوي {file} على بيانات ثنائية: ليس ملفًا نصيًا بصيغة CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_zip.py" line="43" />
      <source>{file} contains no CSV file.</source>
      <translation>لا يحتوي {file} على أي ملف CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="247" />
      <source>{file} could not be extracted ({error}).</source>
      <translation>تعذّر استخراج {file} ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="102" />
      <source>{file} could not be read as an Excel workbook (.xlsx).</source>
      <translation>تعذّرت قراءة {file} كمصنف Excel (.xlsx).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/learning/training_panel.py" line="300" />
      <source>{file} could not be saved: {error}</source>
      <translation>تعذّر حفظ الملف {file}: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="207" />
      <source>{file} could not be written ({error}): check the free disk space and that the folder can be written to.</source>
      <translation>تعذّرت كتابة {file} ({error}): تحقق من المساحة الحرة على القرص ومن إمكانية الكتابة في المجلد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="95" />
      <source>{file} could not be written completely (the file written is damaged or incomplete): nothing was replaced. Check that the disk of {folder} has free space and try again.</source>
      <translation>تعذرت كتابة الملف {file} بالكامل (الملف المكتوب تالف أو غير مكتمل): لم يُستبدل أي شيء. تحقق من وجود مساحة فارغة على قرص {folder} ثم أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="216" />
      <source>{file} could not be written completely in the folder {folder} ({reason}). Nothing was written under that name and a previous {file} is unchanged.</source>
      <translation>تعذرت كتابة {file} بالكامل في المجلد {folder} ({reason}). لم يُكتب أي شيء بهذا الاسم، وأي نسخة سابقة من {file} لم تتغير.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="204" />
      <source>{file} could not be written: the disk holding the folder {folder} is full. Nothing was written under that name and a previous {file} is unchanged. Free some space or choose another folder.</source>
      <translation>تعذرت كتابة {file}: القرص الذي يحتوي على المجلد {folder} ممتلئ. لم يُكتب أي شيء بهذا الاسم، وأي نسخة سابقة من {file} لم تتغير. حرّر بعض المساحة أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="369" />
      <source>{file} does not match the form {form}: none of its {count} columns is a question of the form. Choose the form this export was downloaded with.</source>
      <translation>‏{file} لا يطابق النموذج {form}: لا يوجد بين أعمدته الـ {count} أي سؤال من النموذج. اختر النموذج الذي نُزِّل به هذا التصدير.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="309" />
      <source>{file} has a header row but no data rows.</source>
      <translation>يحتوي {file} على صف عناوين لكن بلا صفوف بيانات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync_language.py" line="65" />
      <source>{file} has its labels in {kept}, a language the form no longer has ({languages}): the new submissions are labelled in {used}, so its label columns mix two languages. Download the survey again without Update to have every label in one language.</source>
      <translation>تسميات {file} بـ {kept}، وهي لغة لم تعد في النموذج ({languages}): تسميات الإرسالات الجديدة بـ {used}، فتخلط أعمدة التسميات فيه بين لغتين. نزّل المسح من جديد دون «تحديث» لتكون كل التسميات بلغة واحدة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync_language.py" line="52" />
      <source>{file} has its labels in {kept}: an update writes the new submissions' labels in that language too, so that old and new rows match. To have labels in {asked}, download the survey again without Update (or into a new GeoPackage).</source>
      <translation>تسميات {file} بـ {kept}: يكتب التحديث تسميات الإرسالات الجديدة بهذه اللغة أيضًا، لكي تتطابق الصفوف القديمة والجديدة. للحصول على تسميات بـ {asked}، نزّل المسح من جديد دون «تحديث» (أو في ملف GeoPackage جديد).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync_language.py" line="89" />
      <source>{file} has labels in {kept}: an update now would add submissions without labels to it, so nothing was changed. Update again once the server gives the form, or give its XLSForm.</source>
      <translation>‏{file} يحتوي على تسميات في {kept}: التحديث الآن سيضيف إليه إرسالات بلا تسميات، لذا لم يُغيَّر أي شيء. حدّث مرة أخرى عندما يقدّم الخادم النموذج، أو حدّد ملف XLSForm الخاص به.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/survey_findings.py" line="38" />
      <source>{file} has no 'survey' layer to look for personal data in.</source>
      <translation>لا يحتوي {file} على الطبقة «survey» للبحث فيها عن البيانات الشخصية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="179" />
      <source>{file} has no 'survey' layer: import the survey first.</source>
      <translation>لا يحتوي {file} على الطبقة «survey»: استورد المسح أولًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsform.py" line="233" />
      <source>{file} has no 'survey' sheet: it is not an XLSForm.</source>
      <translation>لا يحتوي {file} على الورقة «survey»: ليس ملف XLSForm.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/extents.py" line="47" />
      <source>{file} has no coordinate reference system, so where its features lie is unknown. Set it in the layer properties (Source), or add the .prj file beside the Shapefile.</source>
      <translation>‏{file} ليس له نظام إحداثيات مرجعي، لذا لا يُعرف أين تقع عناصره. اضبطه في خصائص الطبقة (المصدر)، أو أضف ملف ‎.prj بجوار ملف Shapefile.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/geojson_reader.py" line="103" />
      <source>{file} has no features.</source>
      <translation>لا يحتوي {file} على أي معالم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_csv.py" line="40" />
      <source>{file} has no layer '{layer}'.</source>
      <translation>لا يحتوي {file} على الطبقة «{layer}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/data_page.py" line="450" />
      <source>{file} has no layer of areas (polygons).</source>
      <translation>لا يحتوي الملف {file} على طبقة وحدات إدارية (مضلعات).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="303" />
      <source>{file} has no sheet '{sheet}'; its sheets are: {sheets}.</source>
      <translation>الملف {file} ليس فيه ورقة '{sheet}'؛ أوراقه هي: {sheets}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="180" />
      <source>{file} has no sheet with data.</source>
      <translation>لا يحتوي {file} على أي ورقة بها بيانات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="250" />
      <source>{file} has no submissions.</source>
      <translation>لا يحتوي الملف {file} على أي إرسالات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="420" />
      <source>{file} has {count} columns; a GeoPackage table holds at most {limit} (the typed table, with a label column beside each select question, would have {typed}). Export fewer questions, or split the export, and import each part.</source>
      <translation>الملف {file} فيه {count} عمودًا؛ جدول GeoPackage يتسع لـ {limit} على الأكثر (الجدول المُنمَّط، مع عمود تسمية بجانب كل سؤال اختيار، سيكون فيه {typed}). صدّر أسئلة أقل، أو قسّم التصدير، وقم باستيراد كل جزء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="218" />
      <source>{file} has {count} columns; a GeoPackage table holds at most {limit}. Export fewer questions, or split the export, and import each part.</source>
      <translation>الملف {file} فيه {count} عمودًا؛ جدول GeoPackage يتسع لـ {limit} على الأكثر. صدّر أسئلة أقل، أو قسّم التصدير، وقم باستيراد كل جزء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="324" />
      <source>{file} holds a KoboToolbox export imported from a file; an update adds the submissions after its last _id. Make sure it is the same form.</source>
      <translation>يحتوي {file} على تصدير من KoboToolbox مستورد من ملف؛ يضيف التحديث الإرسالات اللاحقة لآخر _id فيه. تأكد من أنه النموذج نفسه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="335" />
      <source>{file} holds another form ({source}): replace it or choose another file.</source>
      <translation>يحتوي {file} على نموذج آخر ({source}): استبدله أو اختر ملفًا آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="67" />
      <source>{file} holds only its header row: none of the exported submissions has a row in {table}, which was imported as an empty table with its columns.</source>
      <translation>‏{file} لا يحتوي إلا على صف العناوين: لا يوجد لأي من الإرسالات المصدَّرة صف في {table}، الذي استُورد جدولًا فارغًا بأعمدته.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/update_guard.py" line="39" />
      <source>{file} holds the submissions of {held}, not of {given}: an update adds only the new submissions of the form it was downloaded from, so choose that server and form again, or download {given} into a new GeoPackage.</source>
      <translation>الملف {file} يحتوي على إرسالات {held}، لا إرسالات {given}: لا يضيف التحديث إلا الإرسالات الجديدة للنموذج الذي نُزّل منه، لذا اختر ذلك الخادم والنموذج مجددًا، أو نزّل {given} في GeoPackage جديد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="110" />
      <source>{file} holds {count} files, more than the limit of {limit}: it was not opened.</source>
      <translation>يحتوي {file} على {count} ملفات، أي أكثر من الحد البالغ {limit}: لم يُفتح.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="162" />
      <source>{file} is JSON but holds no list of submissions (under 'results' for KoboToolbox, 'value' for ODK Central).</source>
      <translation>الملف {file} بصيغة JSON لكنه لا يحتوي على قائمة إرسالات (تحت 'results' في KoboToolbox، و'value' في ODK Central).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="218" />
      <source>{file} is ODK Central's table of the repeat '{repeat}' saved alone, not the submissions: its {rows} rows are items of {count} submission(s) ({column}). They were imported as the rows of the survey layer; to import the submissions with their repeats, save the Submissions with $expand=* or use Download from a server.</source>
      <translation>الملف {file} جدول التكرار «{repeat}» من ODK Central محفوظًا وحده، وليس الإرسالات: صفوفه البالغ عددها {rows} عناصر من إرسالات (عدد الإرسالات: {count}؛ {column}). استُوردت بوصفها صفوف طبقة المسح؛ لاستيراد الإرسالات مع تكراراتها، احفظ Submissions مع $expand=* أو استخدم «التنزيل من خادم».</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="282" />
      <source>{file} is UTF-8 except %n lines, written in {encoding} (lines {lines}): only those lines were read as {encoding}, the rest as UTF-8. Check their accents.</source>
      <translation>
        <numerusform>الملف {file} بترميز UTF-8 باستثناء %n سطر كُتبت بترميز {encoding} (الأسطر {lines}): قُرئت هذه الأسطر وحدها بترميز {encoding}، والباقي بترميز UTF-8. تحقّق من أحرفها الخاصة.</numerusform>
        <numerusform>الملف {file} بترميز UTF-8 باستثناء سطر واحد (%n) كُتب بترميز {encoding} (السطر {lines}): قُرئ هذا السطر وحده بترميز {encoding}، والباقي بترميز UTF-8. تحقّق من أحرفه الخاصة.</numerusform>
        <numerusform>الملف {file} بترميز UTF-8 باستثناء سطرين (%n) كُتبا بترميز {encoding} (السطران {lines}): قُرئ هذان السطران وحدهما بترميز {encoding}، والباقي بترميز UTF-8. تحقّق من أحرفهما الخاصة.</numerusform>
        <numerusform>الملف {file} بترميز UTF-8 باستثناء %n أسطر كُتبت بترميز {encoding} (الأسطر {lines}): قُرئت هذه الأسطر وحدها بترميز {encoding}، والباقي بترميز UTF-8. تحقّق من أحرفها الخاصة.</numerusform>
        <numerusform>الملف {file} بترميز UTF-8 باستثناء %n سطرًا كُتبت بترميز {encoding} (الأسطر {lines}): قُرئت هذه الأسطر وحدها بترميز {encoding}، والباقي بترميز UTF-8. تحقّق من أحرفها الخاصة.</numerusform>
        <numerusform>الملف {file} بترميز UTF-8 باستثناء %n سطر كُتبت بترميز {encoding} (الأسطر {lines}): قُرئت هذه الأسطر وحدها بترميز {encoding}، والباقي بترميز UTF-8. تحقّق من أحرفها الخاصة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="153" />
      <source>{file} is a KoboToolbox form definition, not submissions: download the data (or use Download from a server).</source>
      <translation>الملف {file} تعريف نموذج من KoboToolbox، وليس إرسالات: نزّل البيانات (أو استخدم «التنزيل من خادم»).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/atomic.py" line="82" />
      <source>{file} is a folder, not a file: choose a file name for the output, not a folder.</source>
      <translation>المسار {file} مجلد وليس ملفًا: اختر اسم ملف للإخراج، لا مجلدًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="124" />
      <source>{file} is a zip or Excel file, not a CSV text file. Choose the .xlsx or .zip import, or export the data again as CSV.</source>
      <translation>‏{file} ملف zip أو Excel، وليس ملفًا نصيًا بصيغة CSV. اختر الاستيراد بصيغة .xlsx أو .zip، أو صدّر البيانات مجددًا بصيغة CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="100" />
      <source>{file} is an old Excel .xls file: export the data again as .xlsx or CSV.</source>
      <translation>‏{file} ملف Excel قديم بصيغة .xls: صدّر البيانات مجددًا بصيغة .xlsx أو CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/xlsx_sheets.py" line="63" />
      <source>{file} is an old Excel file (.xls), which this QGIS cannot read. Open it in Excel or LibreOffice, save it as .xlsx and choose that file.</source>
      <translation>الملف {file} ملف Excel قديم (.xls) لا يستطيع هذا الإصدار من QGIS قراءته. افتحه في Excel أو LibreOffice، واحفظه بصيغة ‎.xlsx ثم اختر ذلك الملف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="102" />
      <source>{file} is damaged or incomplete (perhaps cut short while it was downloaded or copied): it cannot be opened. Download or copy it again.</source>
      <translation>‏{file} تالف أو غير مكتمل (ربما انقطع أثناء تنزيله أو نسخه): لا يمكن فتحه. نزّله أو انسخه مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="265" />
      <source>{file} is damaged: the sizes or checksums it declares do not match what it holds ({error}). Download or copy it again.</source>
      <translation>الملف {file} تالف: الأحجام أو المجاميع الاختبارية التي يعلنها لا تطابق محتواه ({error}). أعد تنزيله أو نسخه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="233" />
      <source>{file} is empty.</source>
      <translation>‏{file} فارغ.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="291" />
      <source>{file} is neither UTF-8 nor Windows-1252 text. Save it again as 'CSV UTF-8' and try again.</source>
      <translation>‏{file} ليس نصًا بترميز UTF-8 ولا Windows-1252. احفظه مجددًا بصيغة «CSV UTF-8» ثم أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="297" />
      <source>{file} is not UTF-8, and its text could be Windows-1252 (Excel in French, Spanish, Portuguese or English) as well as Windows-1256 (Excel in Arabic): it was read as {encoding}. Check its text, or save it again as 'CSV UTF-8' in Excel and use that file.</source>
      <translation>‏{file} ليس بترميز UTF-8، وقد يكون نصه بترميز Windows-1252 (Excel بالفرنسية أو الإسبانية أو البرتغالية أو الإنجليزية) كما قد يكون بترميز Windows-1256 (Excel بالعربية): قُرئ بترميز {encoding}. تحقّق من نصه، أو احفظه مجددًا بصيغة «CSV UTF-8» في Excel واستخدم ذلك الملف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="307" />
      <source>{file} is not UTF-8: it was read as Windows-1252 (Excel in French, Spanish, Portuguese or English). Check its accents; to avoid this guess, save it again as 'CSV UTF-8' in Excel.</source>
      <translation>‏{file} ليس بترميز UTF-8: قُرئ بترميز Windows-1252 (Excel بالفرنسية أو الإسبانية أو البرتغالية أو الإنجليزية). تحقّق من أحرفه الخاصة (é، ñ، ç…)؛ ولتجنّب هذا التخمين، احفظه مجددًا بصيغة «CSV UTF-8» في Excel.</translation>
    </message>
    <message>
      <source>{file} is not UTF-8: it was read as Windows-1252 (Excel). Check accents in the imported text.</source>
      <translation type="vanished">‏{file} ليس بترميز UTF-8: قُرئ بترميز Windows-1252 (Excel). تحقّق من الأحرف الخاصة في النص المستورد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/code_pages.py" line="303" />
      <source>{file} is not UTF-8: it was read as Windows-1256 (Excel in Arabic). Check its text; to avoid this guess, save it again as 'CSV UTF-8' in Excel.</source>
      <translation>‏{file} ليس بترميز UTF-8: قُرئ بترميز Windows-1256 (Excel بالعربية). تحقّق من نصه؛ ولتجنّب هذا التخمين، احفظه مجددًا بصيغة «CSV UTF-8» في Excel.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="133" />
      <source>{file} is not a CSV export: it looks like {what}. Download the export again.</source>
      <translation>الملف {file} ليس تصدير CSV: يبدو أنه {what}. أعد تنزيل التصدير.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="79" />
      <source>{file} is not a GeoPackage that GDAL can read: {error}</source>
      <translation>الملف {file} ليس GeoPackage يستطيع GDAL قراءته: {error}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="145" />
      <source>{file} is not a readable training session ({error}).</source>
      <translation>‏{file} ليس جلسة تدريب قابلة للقراءة ({error}).</translation>
    </message>
    <message>
      <source>{file} is not a readable zip archive ({error}).</source>
      <translation type="vanished">‏{file} ليس أرشيف zip قابلًا للقراءة ({error}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="321" />
      <source>{file} is not a survey GeoPackage: it can only be replaced.</source>
      <translation>‏{file} ليس ملف GeoPackage لمسح: يمكن استبداله فقط.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="96" />
      <source>{file} is not a zip archive: it looks like {what}.</source>
      <translation>‏{file} ليس أرشيف zip: يبدو أنه {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="126" />
      <source>{file} is not an Excel workbook (.xlsx): it looks like {what}.</source>
      <translation>الملف {file} ليس مصنف Excel ‏(.xlsx): يبدو أنه {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="194" />
      <source>{file} is one page of a paged download ({rows} submissions; the server named another page: {link}): the submissions of the other pages are not in the file. Download all the pages, or use Download from a server.</source>
      <translation>الملف {file} صفحة واحدة من تنزيل مقسَّم إلى صفحات ({rows} إرسال؛ وأشار الخادم إلى صفحة أخرى: {link}): إرسالات الصفحات الأخرى ليست في الملف. نزّل كل الصفحات، أو استخدم «التنزيل من خادم».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/json_export.py" line="188" />
      <source>{file} is one page of a paged download: it holds {rows} of the {count} submissions the server had; the other {missing} are not in the file. Download all the pages, or use Download from a server.</source>
      <translation>الملف {file} صفحة واحدة من تنزيل مقسَّم إلى صفحات: يحتوي على {rows} من أصل {count} إرسال كانت على الخادم؛ أما الـ {missing} الباقية فليست في الملف. نزّل كل الصفحات، أو استخدم «التنزيل من خادم».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/outputs.py" line="158" />
      <source>{file} is open in QGIS or another program, so it cannot be replaced safely. Remove its layers from the project (or close the program) and try again; the file was not changed.</source>
      <translation>‏{file} مفتوح في QGIS أو في برنامج آخر، لذا لا يمكن استبداله بأمان. أزل طبقاته من المشروع (أو أغلق البرنامج) ثم أعد المحاولة؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="130" />
      <source>{file} is protected by a password (the member "{member}" is encrypted): the toolkit cannot open it. Export the data again without a password, or extract the archive with its password and import the CSV files.</source>
      <translation>الملف {file} محمي بكلمة المرور (العنصر «{member}» مشفّر): لا تستطيع الإضافة فتحه. صدّر البيانات مجددًا بدون كلمة المرور، أو استخرج الأرشيف بكلمة المرور الخاصة به ثم قم باستيراد ملفات CSV.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_files.py" line="287" />
      <source>{file} is protected by a password, so it cannot be read. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, leave it empty), save it and choose it again.</source>
      <translation>‏{file} محمي بكلمة مرور، لذا لا يمكن قراءته. افتحه في Excel، وأزل كلمة المرور (ملف &gt; معلومات &gt; حماية المصنف &gt; تشفير بكلمة مرور، واتركها فارغة)، ثم احفظه واختره مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/audit_log.py" line="46" />
      <source>{file} is the form's audit log (one row per event of the enumerators, not submissions): its start and end were read as date-times from milliseconds, its events linked to their submission by its 'instance ID' column.</source>
      <translation>الملف {file} هو سجل التدقيق الخاص بالنموذج (صف لكل حدث من أحداث جامع البيانات، وليس إرسالات): قُرئ عموداه start وend كتواريخ وأوقات انطلاقًا من أجزاء الألف من الثانية، ورُبطت أحداثه بإرسالها عبر عموده «instance ID».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/audit_log.py" line="52" />
      <source>{file} is the form's audit log (one row per event of the enumerators, not submissions): its start and end were read as date-times from milliseconds. It has no 'instance ID' column, so its events are not linked to their submission.</source>
      <translation>الملف {file} هو سجل التدقيق الخاص بالنموذج (صف لكل حدث من أحداث جامع البيانات، وليس إرسالات): قُرئ عموداه start وend كتواريخ وأوقات انطلاقًا من أجزاء الألف من الثانية. ليس فيه عمود «instance ID»، لذا لم تُربط أحداثه بإرسالها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/output_guard.py" line="53" />
      <source>{file} is used by layers of the open project ({layers}): it cannot be replaced. Choose another file name, or remove these layers from the project first.</source>
      <translation>الملف {file} تستخدمه طبقات في المشروع المفتوح ({layers}): لا يمكن استبداله. اختر اسم ملف آخر، أو أزل هذه الطبقات من المشروع أولًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/csv_delimiter.py" line="113" />
      <source>{file} looks cut off: its last row (row {row}) is incomplete and the file does not end with a line break, as when a download stops early. Download the export again.</source>
      <translation>يبدو أن الملف {file} مقطوع: صفه الأخير (الصف {row}) غير مكتمل ولا ينتهي الملف بفاصل أسطر، كما يحدث حين يتوقف التنزيل مبكرًا. أعد تنزيل التصدير.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/importing/input_pages.py" line="183" />
      <source>{file} now exists: go back to the first page to choose what to do. Nothing was written.</source>
      <translation>أصبح الملف {file} موجودًا الآن: عُد إلى الصفحة الأولى لتختار ما تريد فعله. لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="113" />
      <source>{file} of the returned package {package} is damaged or was not copied completely (a USB stick pulled out too early, a failing disk): it cannot be merged, and the office GeoPackage was not changed. Copy the package again from the field laptop, then run again.</source>
      <translation>‏{file} من الحزمة المُعادة {package} تالف أو لم يُنسخ كاملًا (ذاكرة USB نُزعت مبكرًا، أو قرص معطوب): لا يمكن دمجه، ولم يتغير GeoPackage المكتب. انسخ الحزمة مرة أخرى من الحاسوب المحمول الميداني، ثم أعد التشغيل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/basemap.py" line="323" />
      <source>{file} was already there and was kept as it was; the incomplete basemap is {partial}: compare them before replacing one with the other.</source>
      <translation>‏{file} كان موجودًا من قبل وأُبقي عليه كما هو؛ خريطة الأساس الناقصة هي {partial}: قارن بينهما قبل استبدال إحداهما بالأخرى.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="276" />
      <source>{file} was not downloaded from a server, so it cannot be updated from one. Download into a new GeoPackage instead.</source>
      <translation>لم يُنزَّل {file} من خادم، لذا لا يمكن تحديثه من خادم. نزّل البيانات في ملف GeoPackage جديد بدلًا من ذلك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/form_pages.py" line="328" />
      <source>{file} was not downloaded from a server: it can only be replaced.</source>
      <translation>لم يُنزَّل {file} من خادم: يمكن استبداله فقط.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/field/merge.py" line="162" />
      <source>{file} was not prepared as a field package (it has no table {table}): its changes cannot be told from the office's, nothing was merged.</source>
      <translation>لم يُعدّ {file} كحزمة ميدانية (ليس فيه الجدول {table}): لا يمكن تمييز تغييراته عن تغييرات المكتب، لم يُدمج أي شيء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="121" />
      <source>{file} was refused: it holds two files named "{member}" (once made valid on every system), and one would replace the other.</source>
      <translation>رُفض {file}: يحتوي على ملفين باسم «{member}» (بعد جعل الاسم صالحًا على جميع الأنظمة)، وسيحل أحدهما محل الآخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="349" />
      <source>{file} was refused: it links to other files or addresses ({links}). Export the data again from the server, or save a copy without external links (Excel: Data &gt; Edit Links &gt; Break Link).</source>
      <translation>رُفض {file}: يشير إلى ملفات أو عناوين أخرى ({links}). صدّر البيانات مجددًا من الخادم، أو احفظ نسخة بلا روابط خارجية (Excel: بيانات &gt; تحرير الارتباطات &gt; فصل الارتباط).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="159" />
      <source>{file} was refused: it would expand to {size} MB, more than the limit of {limit} MB.</source>
      <translation>رُفض {file}: سيشغل {size} ميغابايت بعد فك ضغطه، أي أكثر من الحد البالغ {limit} ميغابايت.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="232" />
      <source>{file} was refused: the member "{member}" expands far beyond its declared size, which looks like a zip bomb.</source>
      <translation>رُفض {file}: العنصر «{member}» يتجاوز عند فك ضغطه حجمه المُعلن بكثير، وهذا يشبه قنبلة zip.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="140" />
      <source>{file} was refused: the member "{member}" is unsafe because {reason}. Ask for a fresh export from the server.</source>
      <translation>رُفض {file}: العنصر «{member}» غير آمن لأن {reason}. اطلب تصديرًا جديدًا من الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="150" />
      <source>{file} was refused: the member "{member}" would expand to {size} MB ({ratio:.0f} times its compressed size), which looks like a zip bomb.</source>
      <translation>رُفض {file}: العنصر «{member}» سيشغل {size} ميغابايت بعد فك ضغطه ({ratio:.0f} ضعف حجمه المضغوط)، وهذا يشبه قنبلة zip.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="361" />
      <source>{file} was refused: {count} cells hold formulas ({cells}); a survey export holds values only. Paste the cells as values and try again.</source>
      <translation>رُفض {file}: تحتوي {count} خلايا على صيغ ({cells})؛ تصدير المسح يحتوي على قيم فقط. الصق الخلايا كقيم ثم أعد المحاولة.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/zone_less.py" line="65" />
      <source>{file}, column {column}: %n date-times have no time zone while the others all have {offset} (first at row {row}: '{value}'); they were read with {offset} too. Check them; the raw table keeps them as written.</source>
      <translation>
        <numerusform>‏{file}، العمود {column}: %n قيمة تاريخ ووقت بلا منطقة زمنية بينما لكل القيم الأخرى الإزاحة {offset} (أولها في الصف {row}: «{value}»)؛ قُرئت هي أيضًا بالإزاحة {offset}. تحقّق منها؛ يحتفظ بها الجدول الخام كما كُتبت.</numerusform>
        <numerusform>‏{file}، العمود {column}: قيمة تاريخ ووقت واحدة (%n) بلا منطقة زمنية بينما لكل القيم الأخرى الإزاحة {offset} (في الصف {row}: «{value}»)؛ قُرئت هي أيضًا بالإزاحة {offset}. تحقّق منها؛ يحتفظ بها الجدول الخام كما كُتبت.</numerusform>
        <numerusform>‏{file}، العمود {column}: قيمتا تاريخ ووقت (%n) بلا منطقة زمنية بينما لكل القيم الأخرى الإزاحة {offset} (أولاهما في الصف {row}: «{value}»)؛ قُرئتا هما أيضًا بالإزاحة {offset}. تحقّق منهما؛ يحتفظ بهما الجدول الخام كما كُتبتا.</numerusform>
        <numerusform>‏{file}، العمود {column}: %n قيم تاريخ ووقت بلا منطقة زمنية بينما لكل القيم الأخرى الإزاحة {offset} (أولها في الصف {row}: «{value}»)؛ قُرئت هي أيضًا بالإزاحة {offset}. تحقّق منها؛ يحتفظ بها الجدول الخام كما كُتبت.</numerusform>
        <numerusform>‏{file}، العمود {column}: %n قيمةً للتاريخ والوقت بلا منطقة زمنية بينما لكل القيم الأخرى الإزاحة {offset} (أولها في الصف {row}: «{value}»)؛ قُرئت هي أيضًا بالإزاحة {offset}. تحقّق منها؛ يحتفظ بها الجدول الخام كما كُتبت.</numerusform>
        <numerusform>‏{file}، العمود {column}: %n قيمة تاريخ ووقت بلا منطقة زمنية بينما لكل القيم الأخرى الإزاحة {offset} (أولها في الصف {row}: «{value}»)؛ قُرئت هي أيضًا بالإزاحة {offset}. تحقّق منها؛ يحتفظ بها الجدول الخام كما كُتبت.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/zone_less.py" line="73" />
      <source>{file}, column {column}: %n date-times have no time zone while the others have different ones (first at row {row}: '{value}'); they were read as UTC. Check them; the raw table keeps them as written.</source>
      <translation>
        <numerusform>‏{file}، العمود {column}: %n قيمة تاريخ ووقت بلا منطقة زمنية بينما للقيم الأخرى مناطق زمنية مختلفة (أولها في الصف {row}: «{value}»)؛ قُرئت بتوقيت UTC. تحقّق منها؛ يحتفظ بها الجدول الخام كما كُتبت.</numerusform>
        <numerusform>‏{file}، العمود {column}: قيمة تاريخ ووقت واحدة (%n) بلا منطقة زمنية بينما للقيم الأخرى مناطق زمنية مختلفة (في الصف {row}: «{value}»)؛ قُرئت بتوقيت UTC. تحقّق منها؛ يحتفظ بها الجدول الخام كما كُتبت.</numerusform>
        <numerusform>‏{file}، العمود {column}: قيمتا تاريخ ووقت (%n) بلا منطقة زمنية بينما للقيم الأخرى مناطق زمنية مختلفة (أولاهما في الصف {row}: «{value}»)؛ قُرئتا بتوقيت UTC. تحقّق منهما؛ يحتفظ بهما الجدول الخام كما كُتبتا.</numerusform>
        <numerusform>‏{file}، العمود {column}: %n قيم تاريخ ووقت بلا منطقة زمنية بينما للقيم الأخرى مناطق زمنية مختلفة (أولها في الصف {row}: «{value}»)؛ قُرئت بتوقيت UTC. تحقّق منها؛ يحتفظ بها الجدول الخام كما كُتبت.</numerusform>
        <numerusform>‏{file}، العمود {column}: %n قيمةً للتاريخ والوقت بلا منطقة زمنية بينما للقيم الأخرى مناطق زمنية مختلفة (أولها في الصف {row}: «{value}»)؛ قُرئت بتوقيت UTC. تحقّق منها؛ يحتفظ بها الجدول الخام كما كُتبت.</numerusform>
        <numerusform>‏{file}، العمود {column}: %n قيمة تاريخ ووقت بلا منطقة زمنية بينما للقيم الأخرى مناطق زمنية مختلفة (أولها في الصف {row}: «{value}»)؛ قُرئت بتوقيت UTC. تحقّق منها؛ يحتفظ بها الجدول الخام كما كُتبت.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/locations.py" line="241" />
      <source>{file}, column {column}: %n locations cannot be read and were imported without geometry (rows {rows}; first at row {row}: {reason}). The raw table keeps them.</source>
      <translation>
        <numerusform>‏{file}، العمود {column}: %n موقع لا يمكن قراءته وتم استيراده بلا هندسة (الصفوف {rows}؛ أولها في الصف {row}: {reason}). الجدول الخام يحتفظ به.</numerusform>
        <numerusform>‏{file}، العمود {column}: %n موقع واحد لا يمكن قراءته وتم استيراده بلا هندسة (الصفوف {rows}؛ أولها في الصف {row}: {reason}). الجدول الخام يحتفظ به.</numerusform>
        <numerusform>‏{file}، العمود {column}: %n موقعان لا يمكن قراءتهما وتم استيرادهما بلا هندسة (الصفوف {rows}؛ أولها في الصف {row}: {reason}). الجدول الخام يحتفظ بهما.</numerusform>
        <numerusform>‏{file}، العمود {column}: %n مواقع لا يمكن قراءتها وتم استيرادها بلا هندسة (الصفوف {rows}؛ أولها في الصف {row}: {reason}). الجدول الخام يحتفظ بها.</numerusform>
        <numerusform>‏{file}، العمود {column}: %n موقعًا لا يمكن قراءتها وتم استيرادها بلا هندسة (الصفوف {rows}؛ أولها في الصف {row}: {reason}). الجدول الخام يحتفظ بها.</numerusform>
        <numerusform>‏{file}، العمود {column}: %n موقع لا يمكن قراءتها وتم استيرادها بلا هندسة (الصفوف {rows}؛ أولها في الصف {row}: {reason}). الجدول الخام يحتفظ بها.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="97" />
      <source>{file}, column {column}: question {question} has no labels in the form given: {where}. Its codes are imported and its label column left empty.</source>
      <translation>‏{file}، العمود {column}: ليس للسؤال {question} تسميات في النموذج المقدَّم: {where}. تُستورد رموزه ويُترك عمود تسمياته فارغًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="113" />
      <source>{file}, column {column}: the export writes one label for several choices of question {question} (list '{list}': {shared}), so which one was chosen cannot be told; {count} answer(s) were left without a code, their label kept (first at row {row}). Export the data with XML values (codes) to tell them apart; the raw table keeps the answers.</source>
      <translation>‏{file}، العمود {column}: يكتب التصدير تسمية واحدة لعدة خيارات من السؤال {question} (القائمة «{list}»: {shared})، فلا يمكن معرفة أيها اختير؛ تُركت {count} إجابة (إجابات) بلا رمز مع الإبقاء على تسميتها (أولها في الصف {row}). صدّر البيانات بقيم XML (الرموز) للتمييز بينها؛ يحتفظ الجدول الخام بالإجابات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="183" />
      <source>{file}, column {column}: the list '{list}' has several choices of the same name ({choices}) and the question's choice_filter does not tell which one an answer means; {count} answer(s) were left without a label (first at row {row}). The raw table keeps them.</source>
      <translation>‏{file}، العمود {column}: القائمة «{list}» فيها عدة خيارات بالاسم نفسه ({choices})، ولا يحدد choice_filter الخاص بالسؤال أيّها تعنيه الإجابة؛ تُركت {count} إجابة (إجابات) دون تسمية (أولها في الصف {row}). الجدول الخام يحتفظ بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="365" />
      <source>{file}, column {column}: {count} answer(s) are choice labels, not codes, and were read as the codes of those choices (first at row {row}: '{value}' is '{code}'). The raw table keeps them.</source>
      <translation>‏{file}، العمود {column}: {count} من الإجابات تسميات خيارات وليست رموزًا، وقُرئت كرموز تلك الخيارات (أولها في الصف {row}: '{value}' هي '{code}'). الجدول الخام يحتفظ بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="248" />
      <source>{file}, column {column}: {count} answer(s) are not a list of the labels of the choice list '{list}' (first at row {row}: '{value}'); their choices were read from the export's choice columns ({columns}). The raw table keeps them.</source>
      <translation>‏{file}، العمود {column}: {count} إجابة (إجابات) ليست قائمة بتسميات من قائمة الخيارات «{list}» (أولها في الصف {row}: «{value}»)؛ قُرئت خياراتها من أعمدة الخيارات في التصدير ({columns}). الجدول الخام يحتفظ بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="256" />
      <source>{file}, column {column}: {count} answer(s) are not a list of the labels of the choice list '{list}' (first at row {row}: '{value}'); their label was left empty. The raw table keeps them.</source>
      <translation>‏{file}، العمود {column}: {count} إجابة (إجابات) ليست قائمة بتسميات من قائمة الخيارات «{list}» (أولها في الصف {row}: «{value}»)؛ تُركت تسميتها فارغة. الجدول الخام يحتفظ بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/select_columns.py" line="76" />
      <source>{file}, column {column}: {count} answer(s) are not in the choice list '{list}' (first at row {row}: '{value}'); the code is kept as its own label.</source>
      <translation>‏{file}، العمود {column}: {count} إجابة (إجابات) ليست في قائمة الخيارات «{list}» (أولها في الصف {row}: «{value}»)؛ يُستخدم الرمز نفسه تسميةً له.</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} date-time(s) have no time zone while the others all have {offset} (first at row {row}: '{value}'); they were read with {offset} too. Check them; the raw table keeps them as written.</source>
      <translation type="vanished">‏{file}، العمود {column}: {count} قيمة (قيم) تاريخ ووقت بلا منطقة زمنية بينما لكل القيم الأخرى الإزاحة {offset} (أولها في الصف {row}: «{value}»)؛ قُرئت هي أيضًا بالإزاحة {offset}. تحقّق منها؛ يحتفظ بها الجدول الخام كما كُتبت.</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} date-time(s) have no time zone while the others have different ones (first at row {row}: '{value}'); they were read as UTC. Check them; the raw table keeps them as written.</source>
      <translation type="vanished">‏{file}، العمود {column}: {count} قيمة (قيم) تاريخ ووقت بلا منطقة زمنية بينما للقيم الأخرى مناطق زمنية مختلفة (أولها في الصف {row}: «{value}»)؛ قُرئت بتوقيت UTC. تحقّق منها؛ يحتفظ بها الجدول الخام كما كُتبت.</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} location(s) cannot be read and were imported without geometry (first at row {row}: {reason})</source>
      <translation type="vanished">‏{file}، العمود {column}: {count} موقع (مواقع) لا يمكن قراءتها واستُوردت بلا شكل هندسي (أولها في الصف {row}: {reason})</translation>
    </message>
    <message>
      <source>{file}, column {column}: {count} shape(s) cannot be read and were imported without geometry (first at row {row}: {reason})</source>
      <translation type="vanished">‏{file}، العمود {column}: {count} شكل (أشكال) لا يمكن قراءتها واستُوردت بلا شكل هندسي (أولها في الصف {row}: {reason})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="284" />
      <source>{file}, column {column}: {count} value(s) are Excel serial numbers, read as dates of Excel's 1900 date system (first at row {row}: '{value}' is {date}). The raw table keeps them.</source>
      <translation>‏{file}، العمود {column}: {count} من القيم أرقام تسلسلية من Excel، قُرئت كتواريخ في نظام التواريخ 1900 الخاص بـ Excel (أولها في الصف {row}: '{value}' هو {date}). الجدول الخام يحتفظ بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/column_types.py" line="162" />
      <source>{file}, column {column}: {count} value(s) are not {what} and were left empty in the typed table (first at row {row}: '{value}'). The raw table keeps them.</source>
      <translation>‏{file}، العمود {column}: {count} قيمة (قيم) ليست {what} وتُركت فارغة في الجدول المُنمَّط (أولها في الصف {row}: «{value}»). يحتفظ بها الجدول الخام.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="148" />
      <source>{file}, column {column}: {count} value(s) are outside {low}..{high} and were left empty in the typed table (first at row {row}: '{value}'). The raw table keeps them.</source>
      <translation>‏{file}، العمود {column}: {count} من القيم خارج {low}..{high} وتُركت فارغة في الجدول المُنمَّط (أولها في الصف {row}: '{value}'). الجدول الخام يحتفظ بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="160" />
      <source>{file}, column {column}: {count} value(s) have a comma then three digits, read as a decimal comma (first at row {row}: '{value}' is {number}). If the comma separates thousands, correct them; the raw table keeps them.</source>
      <translation>‏{file}، العمود {column}: {count} من القيم فيها فاصلة تليها ثلاثة أرقام، قُرئت كفاصلة عشرية (أولها في الصف {row}: '{value}' هي {number}). إن كانت الفاصلة تفصل الآلاف فصحّحها؛ الجدول الخام يحتفظ بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="184" />
      <source>{file}, column {column}: {count} value(s) have a point then three zeros, read as a decimal point (first at row {row}: '{value}' is {number}). If the point separates thousands, correct them; the raw table keeps them.</source>
      <translation>‏{file}، العمود {column}: {count} من القيم فيها نقطة تليها ثلاثة أصفار، قُرئت كفاصلة عشرية (أولها في الصف {row}: '{value}' هي {number}). إن كانت النقطة تفصل الآلاف فصحّحها؛ الجدول الخام يحتفظ بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/number_columns.py" line="120" />
      <source>{file}, column {column}: {count} value(s) have more digits than a decimal of the typed table holds and were rounded there (first at row {row}: '{value}' is stored as {number}). The raw table keeps them as written.</source>
      <translation>‏{file}، العمود {column}: {count} قيمة (قيم) فيها أرقام أكثر مما يتسع له عدد عشري في الجدول المُنمَّط فقُرّبت فيه (أولها في الصف {row}: «{value}» مخزّنة بالشكل {number}). يحتفظ بها الجدول الخام كما كُتبت.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="476" />
      <source>{file}, line {row}: {saw} fields where the header has {expected}. A value probably contains the delimiter without quotes.</source>
      <translation>‏{file}، السطر {row}: {saw} حقول بينما يحتوي صف العناوين على {expected}. على الأرجح تحتوي قيمة على الفاصل دون علامات اقتباس.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/spreadsheet_layers.py" line="83" />
      <source>{file}, sheet {sheet}: every cell is text, so its first row cannot be told from a row of answers and its columns have no names (Field1, Field2...): the plugin cannot tell which hold personal data or which question each one answers. Save the sheet as a CSV file (UTF-8) and give that file, or import the workbook with Import survey data.</source>
      <translation>‏{file}، الورقة {sheet}: كل الخلايا نصية، لذا لا يمكن تمييز صفها الأول عن صف إجابات وليس لأعمدتها أسماء (Field1، Field2...): لا تستطيع الإضافة معرفة أيها يحتوي على بيانات شخصية ولا السؤال الذي يجيب عنه كل منها. احفظ الورقة كملف CSV (UTF-8) واستخدم ذلك الملف، أو استورد المصنف باستخدام استيراد بيانات المسح.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/log_cells.py" line="69" />
      <source>{file}: %n cells are longer than the {limit} characters Excel keeps (first: row {row}, column {column}); the file holds them whole, but Excel cuts them when the file is opened and saved there. Edit such rows in the CSV export or in QGIS.</source>
      <translation>
        <numerusform>‏{file}: %n خلية أطول من {limit} حرفًا، وهو الحد الذي يحتفظ به Excel (الأولى: الصف {row}، العمود {column})؛ يحتويها الملف كاملة، لكن Excel يقتطعها عند فتح الملف فيه وحفظه. عدّل هذه الصفوف في تصدير CSV أو في QGIS.</numerusform>
        <numerusform>‏{file}: خلية واحدة (%n) أطول من {limit} حرفًا، وهو الحد الذي يحتفظ به Excel (الأولى: الصف {row}، العمود {column})؛ يحتويها الملف كاملة، لكن Excel يقتطعها عند فتح الملف فيه وحفظه. عدّل هذه الصفوف في تصدير CSV أو في QGIS.</numerusform>
        <numerusform>‏{file}: خليتان (%n) أطول من {limit} حرفًا، وهو الحد الذي يحتفظ به Excel (الأولى: الصف {row}، العمود {column})؛ يحتويهما الملف كاملتين، لكن Excel يقتطعهما عند فتح الملف فيه وحفظه. عدّل هذه الصفوف في تصدير CSV أو في QGIS.</numerusform>
        <numerusform>‏{file}: %n خلايا أطول من {limit} حرفًا، وهو الحد الذي يحتفظ به Excel (الأولى: الصف {row}، العمود {column})؛ يحتويها الملف كاملة، لكن Excel يقتطعها عند فتح الملف فيه وحفظه. عدّل هذه الصفوف في تصدير CSV أو في QGIS.</numerusform>
        <numerusform>‏{file}: %n خليةً أطول من {limit} حرفًا، وهو الحد الذي يحتفظ به Excel (الأولى: الصف {row}، العمود {column})؛ يحتويها الملف كاملة، لكن Excel يقتطعها عند فتح الملف فيه وحفظه. عدّل هذه الصفوف في تصدير CSV أو في QGIS.</numerusform>
        <numerusform>‏{file}: %n خلية أطول من {limit} حرفًا، وهو الحد الذي يحتفظ به Excel (الأولى: الصف {row}، العمود {column})؛ يحتويها الملف كاملة، لكن Excel يقتطعها عند فتح الملف فيه وحفظه. عدّل هذه الصفوف في تصدير CSV أو في QGIS.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/columns.py" line="420" />
      <source>{file}: %n choice columns name a choice that is not in the form's list (kept as yes/no columns of their question): {columns}</source>
      <translation>
        <numerusform>‏{file}: %n عمود خيار يسمّي خيارًا غير موجود في قائمة النموذج (أُبقي كعمود نعم/لا لسؤاله): {columns}</numerusform>
        <numerusform>‏{file}: %n عمود خيار يسمّي خيارًا غير موجود في قائمة النموذج (أُبقي كعمود نعم/لا لسؤاله): {columns}</numerusform>
        <numerusform>‏{file}: %n عمودا خيار يسمّيان خيارًا غير موجود في قائمة النموذج (أُبقيا كعمودي نعم/لا لسؤالهما): {columns}</numerusform>
        <numerusform>‏{file}: %n أعمدة خيارات تسمّي خيارًا غير موجود في قائمة النموذج (أُبقيت كأعمدة نعم/لا لسؤالها): {columns}</numerusform>
        <numerusform>‏{file}: %n عمود خيار تسمّي خيارًا غير موجود في قائمة النموذج (أُبقيت كأعمدة نعم/لا لسؤالها): {columns}</numerusform>
        <numerusform>‏{file}: %n عمود خيار تسمّي خيارًا غير موجود في قائمة النموذج (أُبقيت كأعمدة نعم/لا لسؤالها): {columns}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="444" />
      <source>{file}: %n column names are used more than once: {names}. The names as received are kept in the cartong_columns table.</source>
      <translation>
        <numerusform>الملف {file}: %n اسم عمود مستخدم أكثر من مرة: {names}. تُحفظ الأسماء كما وردت في الجدول cartong_columns.</numerusform>
        <numerusform>الملف {file}: %n اسم عمود مستخدم أكثر من مرة: {names}. تُحفظ الأسماء كما وردت في الجدول cartong_columns.</numerusform>
        <numerusform>الملف {file}: %n اسما عمودين مستخدمان أكثر من مرة: {names}. تُحفظ الأسماء كما وردت في الجدول cartong_columns.</numerusform>
        <numerusform>الملف {file}: %n أسماء أعمدة مستخدمة أكثر من مرة: {names}. تُحفظ الأسماء كما وردت في الجدول cartong_columns.</numerusform>
        <numerusform>الملف {file}: %n اسمًا لأعمدة مستخدمة أكثر من مرة: {names}. تُحفظ الأسماء كما وردت في الجدول cartong_columns.</numerusform>
        <numerusform>الملف {file}: %n اسم عمود مستخدمة أكثر من مرة: {names}. تُحفظ الأسماء كما وردت في الجدول cartong_columns.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/flat_repeats.py" line="197" />
      <source>{file}: %n columns are repeat groups flattened into one sheet (such as {example}): each item became a row of its repeat's table ({tables}). Items without any answer (empty or n/a) were left out: {skipped}. The raw table keeps these columns as received.</source>
      <translation>
        <numerusform>الملف {file}: %n عمود هو مجموعة تكرار مسطّحة في ورقة واحدة (مثل {example}): أصبح كل عنصر صفًا في جدول تكراره ({tables}). أُهملت العناصر التي لا إجابة لها (فارغة أو n/a): {skipped}. يحتفظ الجدول الخام بهذه الأعمدة كما وردت.</numerusform>
        <numerusform>الملف {file}: %n عمود هو مجموعة تكرار مسطّحة في ورقة واحدة (مثل {example}): أصبح كل عنصر صفًا في جدول تكراره ({tables}). أُهملت العناصر التي لا إجابة لها (فارغة أو n/a): {skipped}. يحتفظ الجدول الخام بهذه الأعمدة كما وردت.</numerusform>
        <numerusform>الملف {file}: %n عمودان هما مجموعتا تكرار مسطّحتان في ورقة واحدة (مثل {example}): أصبح كل عنصر صفًا في جدول تكراره ({tables}). أُهملت العناصر التي لا إجابة لها (فارغة أو n/a): {skipped}. يحتفظ الجدول الخام بهذه الأعمدة كما وردت.</numerusform>
        <numerusform>الملف {file}: %n أعمدة هي مجموعات تكرار مسطّحة في ورقة واحدة (مثل {example}): أصبح كل عنصر صفًا في جدول تكراره ({tables}). أُهملت العناصر التي لا إجابة لها (فارغة أو n/a): {skipped}. يحتفظ الجدول الخام بهذه الأعمدة كما وردت.</numerusform>
        <numerusform>الملف {file}: %n عمودًا هي مجموعات تكرار مسطّحة في ورقة واحدة (مثل {example}): أصبح كل عنصر صفًا في جدول تكراره ({tables}). أُهملت العناصر التي لا إجابة لها (فارغة أو n/a): {skipped}. يحتفظ الجدول الخام بهذه الأعمدة كما وردت.</numerusform>
        <numerusform>الملف {file}: %n عمود هي مجموعات تكرار مسطّحة في ورقة واحدة (مثل {example}): أصبح كل عنصر صفًا في جدول تكراره ({tables}). أُهملت العناصر التي لا إجابة لها (فارغة أو n/a): {skipped}. يحتفظ الجدول الخام بهذه الأعمدة كما وردت.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/columns.py" line="387" />
      <source>{file}: %n columns hold the answers that earlier versions of the form collected for the question(s) {questions}, which the form {form} now marks 'disabled' (not yet disabled then); they were imported with those questions' types: {columns}</source>
      <translation>
        <numerusform>‏{file}: %n أعمدة تحتوي على الإجابات التي جمعتها إصدارات سابقة من النموذج للأسئلة {questions}، التي يضع عليها النموذج {form} الآن علامة 'disabled' (لم تكن معطّلة حينها)؛ وقد استُوردت بأنواع تلك الأسئلة: {columns}</numerusform>
        <numerusform>‏{file}: %n عمود يحتوي على الإجابات التي جمعتها إصدارات سابقة من النموذج للسؤال {questions}، الذي يضع عليه النموذج {form} الآن علامة 'disabled' (لم يكن معطّلًا حينها)؛ وقد استُورد بنوع ذلك السؤال: {columns}</numerusform>
        <numerusform>‏{file}: %n عمودان يحتويان على الإجابات التي جمعتها إصدارات سابقة من النموذج للأسئلة {questions}، التي يضع عليها النموذج {form} الآن علامة 'disabled' (لم تكن معطّلة حينها)؛ وقد استُوردا بأنواع تلك الأسئلة: {columns}</numerusform>
        <numerusform>‏{file}: %n أعمدة تحتوي على الإجابات التي جمعتها إصدارات سابقة من النموذج للأسئلة {questions}، التي يضع عليها النموذج {form} الآن علامة 'disabled' (لم تكن معطّلة حينها)؛ وقد استُوردت بأنواع تلك الأسئلة: {columns}</numerusform>
        <numerusform>‏{file}: %n عمودًا تحتوي على الإجابات التي جمعتها إصدارات سابقة من النموذج للأسئلة {questions}، التي يضع عليها النموذج {form} الآن علامة 'disabled' (لم تكن معطّلة حينها)؛ وقد استُوردت بأنواع تلك الأسئلة: {columns}</numerusform>
        <numerusform>‏{file}: %n عمودًا تحتوي على الإجابات التي جمعتها إصدارات سابقة من النموذج للأسئلة {questions}، التي يضع عليها النموذج {form} الآن علامة 'disabled' (لم تكن معطّلة حينها)؛ وقد استُوردت بأنواع تلك الأسئلة: {columns}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="405" />
      <source>{file}: %n empty rows at the end of the table are not submissions and were not imported.</source>
      <translation>
        <numerusform>الملف {file}: %n صف فارغ في نهاية الجدول ليس إرسالًا ولم يُستورد.</numerusform>
        <numerusform>الملف {file}: %n صف فارغ في نهاية الجدول ليس إرسالًا ولم يُستورد.</numerusform>
        <numerusform>الملف {file}: %n صفان فارغان في نهاية الجدول ليسا إرسالين ولم يُستوردا.</numerusform>
        <numerusform>الملف {file}: %n صفوف فارغة في نهاية الجدول ليست إرسالات ولم تُستورد.</numerusform>
        <numerusform>الملف {file}: %n صفًا فارغًا في نهاية الجدول ليست إرسالات ولم تُستورد.</numerusform>
        <numerusform>الملف {file}: %n صف فارغ في نهاية الجدول ليست إرسالات ولم تُستورد.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/missing_repeats.py" line="52" />
      <source>{file}: %n repeat groups of the form have no rows in this file ({repeats}), so their answers were not imported (this does not mean that nobody answered them).</source>
      <translation>
        <numerusform>الملف {file}: %n مجموعة تكرار من النموذج ليس لها صفوف في هذا الملف ({repeats})، لذا لم تُستورد إجاباتها (وهذا لا يعني أن أحدًا لم يُجب عنها).</numerusform>
        <numerusform>الملف {file}: مجموعة تكرار واحدة (%n) من النموذج ليس لها صفوف في هذا الملف ({repeats})، لذا لم تُستورد إجاباتها (وهذا لا يعني أن أحدًا لم يُجب عنها).</numerusform>
        <numerusform>الملف {file}: مجموعتا تكرار (%n) من النموذج ليس لهما صفوف في هذا الملف ({repeats})، لذا لم تُستورد إجاباتهما (وهذا لا يعني أن أحدًا لم يُجب عنهما).</numerusform>
        <numerusform>الملف {file}: %n مجموعات تكرار من النموذج ليس لها صفوف في هذا الملف ({repeats})، لذا لم تُستورد إجاباتها (وهذا لا يعني أن أحدًا لم يُجب عنها).</numerusform>
        <numerusform>الملف {file}: %n مجموعةَ تكرار من النموذج ليس لها صفوف في هذا الملف ({repeats})، لذا لم تُستورد إجاباتها (وهذا لا يعني أن أحدًا لم يُجب عنها).</numerusform>
        <numerusform>الملف {file}: %n مجموعة تكرار من النموذج ليس لها صفوف في هذا الملف ({repeats})، لذا لم تُستورد إجاباتها (وهذا لا يعني أن أحدًا لم يُجب عنها).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="273" />
      <source>{file}: %n rows repeat the header row (rows {rows}): several files were probably joined into one. They are not submissions and were left out of the typed table; the raw table keeps them as received.</source>
      <translation>
        <numerusform>الملف {file}: %n صف يكرر صف العناوين (الصفوف {rows}): ربما ضُمّت عدة ملفات في ملف واحد. ليست إرسالات وقد استُبعدت من الجدول المُنمَّط؛ ويحتفظ بها الجدول الخام كما وردت.</numerusform>
        <numerusform>الملف {file}: صف واحد (%n) يكرر صف العناوين (الصف {rows}): ربما ضُمّ ملفان في ملف واحد. ليس إرسالًا وقد استُبعد من الجدول المُنمَّط؛ ويحتفظ به الجدول الخام كما ورد.</numerusform>
        <numerusform>الملف {file}: صفان (%n) يكرران صف العناوين (الصفان {rows}): ربما ضُمّت عدة ملفات في ملف واحد. ليسا إرسالين وقد استُبعدا من الجدول المُنمَّط؛ ويحتفظ بهما الجدول الخام كما وردا.</numerusform>
        <numerusform>الملف {file}: %n صفوف تكرر صف العناوين (الصفوف {rows}): ربما ضُمّت عدة ملفات في ملف واحد. ليست إرسالات وقد استُبعدت من الجدول المُنمَّط؛ ويحتفظ بها الجدول الخام كما وردت.</numerusform>
        <numerusform>الملف {file}: %n صفًا تكرر صف العناوين (الصفوف {rows}): ربما ضُمّت عدة ملفات في ملف واحد. ليست إرسالات وقد استُبعدت من الجدول المُنمَّط؛ ويحتفظ بها الجدول الخام كما وردت.</numerusform>
        <numerusform>الملف {file}: %n صف تكرر صف العناوين (الصفوف {rows}): ربما ضُمّت عدة ملفات في ملف واحد. ليست إرسالات وقد استُبعدت من الجدول المُنمَّط؛ ويحتفظ بها الجدول الخام كما وردت.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="205" />
      <source>{file}: %n rows' {key} (rows {rows}) match no row of {parent}, but their _submission__uuid names a submission: the rows of {table} were linked to their submission by _submission__uuid.</source>
      <translation>
        <numerusform>‏{file}: لا يطابق {key} في %n صف (الصفوف {rows}) أيَّ صف من {parent}، لكن _submission__uuid فيها يسمّي إرسالًا: رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</numerusform>
        <numerusform>‏{file}: لا يطابق {key} في صف واحد (%n) (الصف {rows}) أيَّ صف من {parent}، لكن _submission__uuid فيه يسمّي إرسالًا: رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</numerusform>
        <numerusform>‏{file}: لا يطابق {key} في صفّين (%n) (الصفان {rows}) أيَّ صف من {parent}، لكن _submission__uuid فيهما يسمّي إرسالًا: رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</numerusform>
        <numerusform>‏{file}: لا يطابق {key} في %n صفوف (الصفوف {rows}) أيَّ صف من {parent}، لكن _submission__uuid فيها يسمّي إرسالًا: رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</numerusform>
        <numerusform>‏{file}: لا يطابق {key} في %n صفًا (الصفوف {rows}) أيَّ صف من {parent}، لكن _submission__uuid فيها يسمّي إرسالًا: رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</numerusform>
        <numerusform>‏{file}: لا يطابق {key} في %n صف (الصفوف {rows}) أيَّ صف من {parent}، لكن _submission__uuid فيها يسمّي إرسالًا: رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="223" />
      <source>{file}: %n rows' {key} (rows {rows}) point at other submissions than their own _submission__uuid; the rows of {table} were linked to their submission by _submission__uuid.</source>
      <translation>
        <numerusform>‏{file}: في %n صف (الصفوف {rows}) يشير {key} إلى إرسال غير إرسالها في _submission__uuid؛ رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</numerusform>
        <numerusform>‏{file}: في صف واحد (%n) (الصفوف {rows}) يشير {key} إلى إرسال غير إرساله في _submission__uuid؛ رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</numerusform>
        <numerusform>‏{file}: في صفين (%n) (الصفوف {rows}) يشير {key} إلى إرسال غير إرسالهما في _submission__uuid؛ رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</numerusform>
        <numerusform>‏{file}: في %n صفوف (الصفوف {rows}) يشير {key} إلى إرسال غير إرسالها في _submission__uuid؛ رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</numerusform>
        <numerusform>‏{file}: في %n صفًا (الصفوف {rows}) يشير {key} إلى إرسال غير إرسالها في _submission__uuid؛ رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</numerusform>
        <numerusform>‏{file}: في %n صف (الصفوف {rows}) يشير {key} إلى إرسال غير إرسالها في _submission__uuid؛ رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="233" />
      <source>{file}: %n rows' {key} (rows {rows}) point at rows of {parent} from other submissions than their own _submission__uuid: they are shown under those rows. Check them at the source.</source>
      <translation>
        <numerusform>‏{file}: في %n صف (الصفوف {rows}) يشير {key} إلى صفوف من {parent} تنتمي إلى إرسال غير إرسالها في _submission__uuid: تُعرض تحت تلك الصفوف. تحقق منها في المصدر.</numerusform>
        <numerusform>‏{file}: في صف واحد (%n) (الصفوف {rows}) يشير {key} إلى صفوف من {parent} تنتمي إلى إرسال غير إرساله في _submission__uuid: يُعرض تحت تلك الصفوف. تحقق منه في المصدر.</numerusform>
        <numerusform>‏{file}: في صفين (%n) (الصفوف {rows}) يشير {key} إلى صفوف من {parent} تنتمي إلى إرسال غير إرسالهما في _submission__uuid: يُعرضان تحت تلك الصفوف. تحقق منهما في المصدر.</numerusform>
        <numerusform>‏{file}: في %n صفوف (الصفوف {rows}) يشير {key} إلى صفوف من {parent} تنتمي إلى إرسال غير إرسالها في _submission__uuid: تُعرض تحت تلك الصفوف. تحقق منها في المصدر.</numerusform>
        <numerusform>‏{file}: في %n صفًا (الصفوف {rows}) يشير {key} إلى صفوف من {parent} تنتمي إلى إرسال غير إرسالها في _submission__uuid: تُعرض تحت تلك الصفوف. تحقق منها في المصدر.</numerusform>
        <numerusform>‏{file}: في %n صف (الصفوف {rows}) يشير {key} إلى صفوف من {parent} تنتمي إلى إرسال غير إرسالها في _submission__uuid: تُعرض تحت تلك الصفوف. تحقق منها في المصدر.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="256" />
      <source>{file}: %n rows' {key} match no row of {parent} (rows {rows}; first: {value}); they were kept unlinked, so counts per submission leave them out.</source>
      <translation>
        <numerusform>‏{file}: في %n صف لا يطابق {key} أي صف من {parent} (الصفوف {rows}؛ أول قيمة: {value})؛ تُركت دون ربط، لذا لا تدخل في الأعداد لكل إرسال.</numerusform>
        <numerusform>‏{file}: في صف واحد (%n) لا يطابق {key} أي صف من {parent} (الصفوف {rows}؛ أول قيمة: {value})؛ تُرك دون ربط، لذا لا يدخل في الأعداد لكل إرسال.</numerusform>
        <numerusform>‏{file}: في صفين (%n) لا يطابق {key} أي صف من {parent} (الصفوف {rows}؛ أول قيمة: {value})؛ تُركا دون ربط، لذا لا يدخلان في الأعداد لكل إرسال.</numerusform>
        <numerusform>‏{file}: في %n صفوف لا يطابق {key} أي صف من {parent} (الصفوف {rows}؛ أول قيمة: {value})؛ تُركت دون ربط، لذا لا تدخل في الأعداد لكل إرسال.</numerusform>
        <numerusform>‏{file}: في %n صفًا لا يطابق {key} أي صف من {parent} (الصفوف {rows}؛ أول قيمة: {value})؛ تُركت دون ربط، لذا لا تدخل في الأعداد لكل إرسال.</numerusform>
        <numerusform>‏{file}: في %n صف لا يطابق {key} أي صف من {parent} (الصفوف {rows}؛ أول قيمة: {value})؛ تُركت دون ربط، لذا لا تدخل في الأعداد لكل إرسال.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="372" />
      <source>{file}: %n values hold a NUL character (first: row {row}, column {column}); the raw table keeps them whole, but QGIS shows and checks the texts only up to that character. Fix them at the source.</source>
      <translation>
        <numerusform>‏{file}: %n قيمة تحتوي على المحرف NUL (أولها: الصف {row}، العمود {column})؛ يحتفظ بها الجدول الخام كاملة، لكن QGIS لا يعرض النصوص ولا يفحصها إلا حتى ذلك المحرف. صحّحها في المصدر.</numerusform>
        <numerusform>‏{file}: قيمة واحدة (%n) تحتوي على المحرف NUL (أولها: الصف {row}، العمود {column})؛ يحتفظ بها الجدول الخام كاملة، لكن QGIS لا يعرض النصوص ولا يفحصها إلا حتى ذلك المحرف. صحّحها في المصدر.</numerusform>
        <numerusform>‏{file}: قيمتان (%n) تحتويان على المحرف NUL (أولها: الصف {row}، العمود {column})؛ يحتفظ بهما الجدول الخام كاملتين، لكن QGIS لا يعرض النصوص ولا يفحصها إلا حتى ذلك المحرف. صحّحهما في المصدر.</numerusform>
        <numerusform>‏{file}: %n قيم تحتوي على المحرف NUL (أولها: الصف {row}، العمود {column})؛ يحتفظ بها الجدول الخام كاملة، لكن QGIS لا يعرض النصوص ولا يفحصها إلا حتى ذلك المحرف. صحّحها في المصدر.</numerusform>
        <numerusform>‏{file}: %n قيمةً تحتوي على المحرف NUL (أولها: الصف {row}، العمود {column})؛ يحتفظ بها الجدول الخام كاملة، لكن QGIS لا يعرض النصوص ولا يفحصها إلا حتى ذلك المحرف. صحّحها في المصدر.</numerusform>
        <numerusform>‏{file}: %n قيمة تحتوي على المحرف NUL (أولها: الصف {row}، العمود {column})؛ يحتفظ بها الجدول الخام كاملة، لكن QGIS لا يعرض النصوص ولا يفحصها إلا حتى ذلك المحرف. صحّحها في المصدر.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/numbered_repeats.py" line="114" />
      <source>{file}: ODK Central numbers the file of a repeat group ({table}) when several repeat groups of the form bear its name, but the form {form} has no repeat group named {name}, so its rows were imported as text in a table of their own. Choose the form this export was downloaded with.</source>
      <translation>‏{file}: يرقّم ODK Central ملف مجموعة التكرار ({table}) عندما تحمل عدة مجموعات تكرار في النموذج اسمها، لكن النموذج {form} ليس فيه مجموعة تكرار باسم {name}، لذا استُوردت صفوفه كنص في جدول مستقل. اختر النموذج الذي نُزِّل به هذا التصدير.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/numbered_repeats.py" line="108" />
      <source>{file}: ODK Central numbers the file of a repeat group ({table}) when several repeat groups of the form bear its name; which repeat group named {name} of the form {form} it holds cannot be told from the KEY of its rows, so its rows were imported as text in a table of their own.</source>
      <translation>‏{file}: يرقّم ODK Central ملف مجموعة التكرار ({table}) عندما تحمل عدة مجموعات تكرار في النموذج اسمها؛ ولا يمكن من KEY صفوفه معرفة أيّ مجموعة تكرار باسم {name} في النموذج {form} يحتويها، لذا استُوردت صفوفه كنص في جدول مستقل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/transfer.py" line="267" />
      <source>{file}: PostgreSQL names are at most 63 bytes, and {what} is longer: PostgreSQL would shorten it and the shared survey would not have the same names. Nothing was written. Shorten that name (or its group's) in the form, or keep this survey in its GeoPackage.</source>
      <translation>‏{file}: لا تتجاوز أسماء PostgreSQL ‏63 بايت، و{what} أطول من ذلك: سيختصره PostgreSQL ولن يحمل المسح المشترك الأسماء نفسها. لم يُكتب أي شيء. اختصر هذا الاسم (أو اسم مجموعته) في النموذج، أو احتفظ بهذا المسح في ملف GeoPackage الخاص به.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="466" />
      <source>{file}: a quote opened near line {row} is never closed, so the rest of the file would be one value. Fix the quotes or export the data again.</source>
      <translation>‏{file}: علامة اقتباس فُتحت قرب السطر {row} ولم تُغلق أبدًا، فيصبح باقي الملف قيمة واحدة. صحّح علامات الاقتباس أو صدّر البيانات مجددًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="183" />
      <source>{file}: column {col} has no name in the header row but holds values; it was imported as '{name}'.</source>
      <translation>‏{file}: العمود {col} بلا اسم في صف العناوين لكنه يحتوي على قيم؛ استُورد باسم «{name}».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_links.py" line="160" />
      <source>{file}: its _parent_table_name names '{parent}', which is no file imported here, and no form says whether it is the survey (its rows' _submission__uuid do not show it): {table} was imported unlinked, as its _parent_index may number the rows of another table. Import it with its parent's file, or give the form.</source>
      <translation>‏{file}: يسمّي _parent_table_name فيه «{parent}»، وهو ليس أيًّا من الملفات المستوردة هنا، ولا يقول أي نموذج إن كان هو المسح (لا يبيّن ذلك _submission__uuid في صفوفه): استُورد {table} دون ربط، لأن _parent_index فيه قد يرقّم صفوف جدول آخر. استورده مع ملف الجدول الأب، أو أعطِ النموذج.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="158" />
      <source>{file}: no delimiter (comma, semicolon, tab or |) gives the first rows as many fields as the header; the file was read with {delimiter}. Check that the columns are right, or save it again as CSV from a spreadsheet.</source>
      <translation>‏{file}: لا يوجد فاصل (فاصلة، أو فاصلة منقوطة، أو جدولة، أو |) يعطي الصفوف الأولى عدد الحقول نفسه الموجود في صف العناوين؛ قُرئ الملف بالفاصل {delimiter}. تحقق من صحة الأعمدة، أو احفظه من جديد بصيغة CSV من جدول البيانات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="361" />
      <source>{file}: none of the {count} columns of repeat {table} is a question of the form {form} (the form may no longer have this repeat); they were imported as text.</source>
      <translation>‏{file}: لا يوجد أي عمود من أعمدة التكرار {table} البالغ عددها {count} سؤالًا في النموذج {form} (ربما لم يعد النموذج يحتوي على هذا التكرار)؛ استُوردت كنص.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/locations.py" line="270" />
      <source>{file}: on %n rows the point of column {column} and the columns {lat} / {lon} are other places (rows {rows}; first at row {row}: '{value}' against {lat_value} / {lon_value}); the map uses {column}. The typed table keeps both as exported: check which one is right before using the coordinate columns.</source>
      <translation>
        <numerusform>‏{file}: في %n صف تقع نقطة العمود {column} والعمودان {lat} / {lon} في أماكن مختلفة (الصفوف {rows}؛ أولها في الصف {row}: «{value}» مقابل {lat_value} / {lon_value})؛ تستخدم الخريطة {column}. يحتفظ الجدول المُنمَّط بالاثنين كما صُدّرا: تحقق من الصحيح منهما قبل استخدام أعمدة الإحداثيات.</numerusform>
        <numerusform>‏{file}: في صف واحد (%n) تقع نقطة العمود {column} والعمودان {lat} / {lon} في أماكن مختلفة (الصفوف {rows}؛ أولها في الصف {row}: «{value}» مقابل {lat_value} / {lon_value})؛ تستخدم الخريطة {column}. يحتفظ الجدول المُنمَّط بالاثنين كما صُدّرا: تحقق من الصحيح منهما قبل استخدام أعمدة الإحداثيات.</numerusform>
        <numerusform>‏{file}: في صفين (%n) تقع نقطة العمود {column} والعمودان {lat} / {lon} في أماكن مختلفة (الصفوف {rows}؛ أولها في الصف {row}: «{value}» مقابل {lat_value} / {lon_value})؛ تستخدم الخريطة {column}. يحتفظ الجدول المُنمَّط بالاثنين كما صُدّرا: تحقق من الصحيح منهما قبل استخدام أعمدة الإحداثيات.</numerusform>
        <numerusform>‏{file}: في %n صفوف تقع نقطة العمود {column} والعمودان {lat} / {lon} في أماكن مختلفة (الصفوف {rows}؛ أولها في الصف {row}: «{value}» مقابل {lat_value} / {lon_value})؛ تستخدم الخريطة {column}. يحتفظ الجدول المُنمَّط بالاثنين كما صُدّرا: تحقق من الصحيح منهما قبل استخدام أعمدة الإحداثيات.</numerusform>
        <numerusform>‏{file}: في %n صفًا تقع نقطة العمود {column} والعمودان {lat} / {lon} في أماكن مختلفة (الصفوف {rows}؛ أولها في الصف {row}: «{value}» مقابل {lat_value} / {lon_value})؛ تستخدم الخريطة {column}. يحتفظ الجدول المُنمَّط بالاثنين كما صُدّرا: تحقق من الصحيح منهما قبل استخدام أعمدة الإحداثيات.</numerusform>
        <numerusform>‏{file}: في %n صف تقع نقطة العمود {column} والعمودان {lat} / {lon} في أماكن مختلفة (الصفوف {rows}؛ أولها في الصف {row}: «{value}» مقابل {lat_value} / {lon_value})؛ تستخدم الخريطة {column}. يحتفظ الجدول المُنمَّط بالاثنين كما صُدّرا: تحقق من الصحيح منهما قبل استخدام أعمدة الإحداثيات.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/geojson_properties.py" line="96" />
      <source>{file}: once flattened, the names of the nested properties {names} are already other properties' names; they were imported under their paths instead, so that no value is lost.</source>
      <translation>
        <numerusform>‏{file}: %n خاصية متداخلة، هي {names}، تطابق أسماؤها بعد التسطيح أسماء خصائص أخرى؛ لذا استُوردت بأسماء مساراتها بدلًا من ذلك، كي لا تضيع أي قيمة.</numerusform>
        <numerusform>‏{file}: خاصية متداخلة واحدة (%n)، هي {names}، يطابق اسمها بعد التسطيح اسم خاصية أخرى؛ لذا استُوردت باسم مسارها بدلًا من ذلك، كي لا تضيع أي قيمة.</numerusform>
        <numerusform>‏{file}: خاصيتان متداخلتان (%n)، هما {names}، يطابق اسماهما بعد التسطيح اسمي خاصيتين أخريين؛ لذا استُوردتا باسمي مساريهما بدلًا من ذلك، كي لا تضيع أي قيمة.</numerusform>
        <numerusform>‏{file}: %n خصائص متداخلة، هي {names}، تطابق أسماؤها بعد التسطيح أسماء خصائص أخرى؛ لذا استُوردت بأسماء مساراتها بدلًا من ذلك، كي لا تضيع أي قيمة.</numerusform>
        <numerusform>‏{file}: %n خاصيةً متداخلةً، هي {names}، تطابق أسماؤها بعد التسطيح أسماء خصائص أخرى؛ لذا استُوردت بأسماء مساراتها بدلًا من ذلك، كي لا تضيع أي قيمة.</numerusform>
        <numerusform>‏{file}: %n خاصية متداخلة، هي {names}، تطابق أسماؤها بعد التسطيح أسماء خصائص أخرى؛ لذا استُوردت بأسماء مساراتها بدلًا من ذلك، كي لا تضيع أي قيمة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="232" />
      <source>{file}: row 2 holds HXL hashtags ({count} tagged columns), not a submission; the hashtags are kept in the cartong_columns table.</source>
      <translation>الملف {file}: يحمل الصف 2 وسوم HXL ({count} عمودًا موسومًا)، وليس إرسالًا؛ تُحفظ الوسوم في الجدول cartong_columns.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="173" />
      <source>{file}: row 2 holds the questions' labels (a second header row, as ONA's "include labels" export writes it), not a submission; the labels are kept in the cartong_columns table.</source>
      <translation>الملف {file}: يحمل الصف 2 تسميات الأسئلة (صف عناوين ثانٍ، كما يكتبه تصدير ONA بخيار «include labels»)، وليس إرسالًا؛ تُحفظ التسميات في الجدول cartong_columns.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="225" />
      <source>{file}: row {row} holds HXL hashtags ({count} tagged columns), not a submission; the hashtags are kept in the cartong_columns table.</source>
      <translation>الملف {file}: يحمل الصف {row} وسوم HXL ({count} عمودًا موسومًا)، وليس إرسالًا؛ تُحفظ الوسوم في الجدول cartong_columns.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="317" />
      <source>{file}: row {row} is another header row, different from row 1 ({differences}): two exports of different form versions were probably joined into one file, so values would land under the wrong questions. Nothing was imported: import each export separately, or download one export of all versions from the server.</source>
      <translation>الملف {file}: الصف {row} صف عناوين آخر يختلف عن الصف 1 ({differences}): ربما ضُمّ في ملف واحد تصديران من إصدارين مختلفين من النموذج، مما كان سيضع القيم تحت أسئلة غير أسئلتها. لم يُستورد أي شيء: استورد كل تصدير على حدة، أو نزّل من الخادم تصديرًا واحدًا لجميع الإصدارات.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="379" />
      <source>{file}: row {row} was cut off by the end of the file: %n rows of {typed} made from it were left out of that table, so that checks, counts and maps do not take a partial submission for a whole one; {raw} keeps them as received.</source>
      <translation>
        <numerusform>‏{file}: قُطع الصف {row} بنهاية الملف: تُرك %n صف من {typed} صُنعت منه خارج ذلك الجدول، كي لا تأخذ الفحوص والعدّ والخرائط إرسالًا جزئيًا على أنه كامل؛ ويحتفظ بها {raw} كما وصلت.</numerusform>
        <numerusform>‏{file}: قُطع الصف {row} بنهاية الملف: تُرك صف واحد (%n) من {typed} صُنع منه خارج ذلك الجدول، كي لا تأخذ الفحوص والعدّ والخرائط إرسالًا جزئيًا على أنه كامل؛ ويحتفظ به {raw} كما وصل.</numerusform>
        <numerusform>‏{file}: قُطع الصف {row} بنهاية الملف: تُرك صفّان (%n) من {typed} صُنعا منه خارج ذلك الجدول، كي لا تأخذ الفحوص والعدّ والخرائط إرسالًا جزئيًا على أنه كامل؛ ويحتفظ بهما {raw} كما وصلا.</numerusform>
        <numerusform>‏{file}: قُطع الصف {row} بنهاية الملف: تُركت %n صفوف من {typed} صُنعت منه خارج ذلك الجدول، كي لا تأخذ الفحوص والعدّ والخرائط إرسالًا جزئيًا على أنه كامل؛ ويحتفظ بها {raw} كما وصلت.</numerusform>
        <numerusform>‏{file}: قُطع الصف {row} بنهاية الملف: تُرك %n صفًا من {typed} صُنعت منه خارج ذلك الجدول، كي لا تأخذ الفحوص والعدّ والخرائط إرسالًا جزئيًا على أنه كامل؛ ويحتفظ بها {raw} كما وصلت.</numerusform>
        <numerusform>‏{file}: قُطع الصف {row} بنهاية الملف: تُرك %n صف من {typed} صُنعت منه خارج ذلك الجدول، كي لا تأخذ الفحوص والعدّ والخرائط إرسالًا جزئيًا على أنه كامل؛ ويحتفظ بها {raw} كما وصلت.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_shape.py" line="217" />
      <source>{file}: rows 2 to {last} are header rows with HXL hashtags ({count} tagged columns), not submissions; the hashtags and header texts are kept in the cartong_columns table.</source>
      <translation>الملف {file}: الصفوف من 2 إلى {last} صفوف عناوين تحمل وسوم HXL ({count} عمودًا موسومًا)، وليست إرسالات؛ تُحفظ الوسوم ونصوص العناوين في الجدول cartong_columns.</translation>
    </message>
    <message>
      <source>{file}: the column name '{name}' is used twice (columns {first} and {second}). Rename one of them.</source>
      <translation type="vanished">‏{file}: اسم العمود «{name}» مستخدم مرتين (العمودان {first} و{second}). أعد تسمية أحدهما.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="434" />
      <source>{file}: the column names were changed by R (make.names); {count} of them were read as the export's own names ({examples}). The raw table keeps them as received.</source>
      <translation>‏{file}: غيّر R أسماء الأعمدة (make.names)؛ قُرئ {count} منها كأسماء التصدير الأصلية ({examples}). الجدول الخام يحتفظ بها كما وردت.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="313" />
      <source>{file}: the hidden sheet(s) {sheets} were not imported; name one as the sheet to read if it holds the submissions.</source>
      <translation>‏{file}: لم يتم استيراد الأوراق المخفية {sheets}؛ حدّد إحداها كورقة للقراءة إن كانت تحتوي على الإرسالات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_links.py" line="137" />
      <source>{file}: the parent of the repeat table {table} (named in its _parent_table_name or PARENT_KEY column) is not a table of this export, or several tables fit its name: {table} was left unlinked rather than joined to rows it may not belong to. Its rows keep their parent's number in _parent_index or PARENT_KEY.</source>
      <translation>‏{file}: الجدول الأب لجدول التكرار {table} (المذكور في عموده _parent_table_name أو PARENT_KEY) ليس جدولًا من هذا التصدير، أو أن عدة جداول تطابق اسمه: تُرك {table} دون ربط بدلًا من ضمّه إلى صفوف قد لا ينتمي إليها. تحتفظ صفوفه برقم الصف الأب في _parent_index أو PARENT_KEY.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/locations.py" line="378" />
      <source>{file}: the points were built from column {column}, the location the server keeps for each submission ([latitude, longitude], taken from its first geopoint), as no geopoint column was found or chosen. The column is kept as exported.</source>
      <translation>‏{file}: بُنيت النقاط من العمود {column}، وهو الموقع الذي يحفظه الخادم لكل إرسال ([خط العرض، خط الطول]، مأخوذ من أول geopoint فيه)، إذ لم يُعثر على أي عمود geopoint ولم يُختر. يُحتفظ بالعمود كما صُدِّر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_xlsx.py" line="186" />
      <source>{file}: the submissions were read from the sheet '{sheet}'.</source>
      <translation>‏{file}: قُرئت الإرسالات من الورقة '{sheet}'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/safe_archives.py" line="369" />
      <source>{file}: {count} cells hold formulas ({cells}); the toolkit reads the values last saved by the spreadsheet and never computes them. Check these cells.</source>
      <translation>‏{file}: تحتوي {count} خلايا على صيغ ({cells})؛ تقرأ الإضافة القيم التي حفظها جدول البيانات آخر مرة ولا تحسبها أبدًا. تحقّق من هذه الخلايا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="379" />
      <source>{file}: {count} column(s) are not in the form and were imported as text: {columns}</source>
      <translation>‏{file}: {count} عمود (أعمدة) غير موجودة في النموذج استُوردت كنص: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_headers.py" line="167" />
      <source>{file}: {count} column(s) fit several questions or choices of the form {form}, so which one is meant cannot be told and they were imported as text: {columns}. Download the export again with XML values and '/' between groups to tell them apart.</source>
      <translation>‏{file}: {count} عمود (أعمدة) تناسب عدة أسئلة أو خيارات من النموذج {form}، فلا يمكن معرفة المقصود منها، لذا استُوردت كنص: {columns}. نزّل التصدير مرة أخرى بقيم XML و«/» بين المجموعات للتمييز بينها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/columns.py" line="406" />
      <source>{file}: {count} column(s) of {table} bear the name of several questions of other levels of the form {form} (the main level or other repeats) and none of this table's own; which one is meant cannot be told, so they were imported as text: {columns}</source>
      <translation>‏{file}: {count} عمود (أعمدة) من {table} تحمل اسم عدة أسئلة من مستويات أخرى في النموذج {form} (المستوى الرئيسي أو تكرارات أخرى) ولا تحمل اسم أي سؤال خاص بهذا الجدول؛ لا يمكن معرفة السؤال المقصود، لذا استُوردت كنص: {columns}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/importer.py" line="404" />
      <source>{file}: {count} of {total} submission(s) were collected with another version of the form ({versions} in column {column}, first at row {row}) than the form given ({version}): its choice labels and question types may not be theirs. Questions of the form not in the export: {missing}.</source>
      <translation>‏{file}: {count} من {total} إرسال جُمعت بإصدار آخر من النموذج ({versions} في العمود {column}، أولها في الصف {row}) غير النموذج المحدد ({version}): قد لا تكون تسميات خياراته وأنواع أسئلته هي الخاصة بها. أسئلة النموذج غير الموجودة في التصدير: {missing}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/export_readers.py" line="384" />
      <source>{file}: {count} row(s) have fewer fields than the header (first: row {row}, from column {column}); the missing values were left empty.</source>
      <translation>‏{file}: {count} صف (صفوف) فيها حقول أقل من صف العناوين (أولها: الصف {row}، بدءًا من العمود {column})؛ تُركت القيم الناقصة فارغة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="175" />
      <source>{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the other, so each row of {table} was linked to the row of {parent} its {child_key} names within its own submission (_submission__uuid).</source>
      <translation>‏{file}: يتكرر {key} في {parent} ({values})، كما يحدث حين يُلصق تصديران أحدهما تحت الآخر، لذا رُبط كل صف من {table} بصف {parent} الذي يسمّيه {child_key} داخل إرساله نفسه (_submission__uuid).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="166" />
      <source>{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the other, so the rows of {table} were linked to their submission by _submission__uuid.</source>
      <translation>‏{file}: يتكرر {key} في {parent} ({values})، كما يحدث حين يُلصق تصديران أحدهما تحت الآخر، لذا رُبطت صفوف {table} بإرسالها عبر _submission__uuid.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/repeat_checks.py" line="183" />
      <source>{file}: {key} repeats in {parent} ({values}), as when two exports are pasted one under the other: {table} was left unlinked rather than shown under two parents. Import each export on its own.</source>
      <translation>‏{file}: يتكرر {key} في {parent} ({values})، كما يحدث حين يُلصق تصديران أحدهما تحت الآخر: تُرك {table} دون ربط بدلًا من عرضه تحت صفين أبوين. استورد كل تصدير على حدة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/sync.py" line="354" />
      <source>{file}: {new} new submissions ({total} in all) from {pages} pages in {seconds} s.</source>
      <translation>‏{file}: {new} إرسالات جديدة ({total} إجمالًا) من {pages} صفحات في {seconds} ث.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="107" />
      <source>{folder} already holds a training session: continue it or reset it.</source>
      <translation>يحتوي {folder} بالفعل على جلسة تدريب: تابعها أو أعد تعيينها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/training.py" line="110" />
      <source>{folder} is not empty. Choose an empty folder for the training session, so that Reset never deletes your own files.</source>
      <translation>المجلد {folder} ليس فارغًا. اختر مجلدًا فارغًا لجلسة التدريب، حتى لا تحذف «إعادة التعيين» ملفاتك أبدًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/submissions.py" line="100" />
      <source>{form} (rows counted from submission {first} of this download)</source>
      <translation>‏{form} (الصفوف معدودة ابتداءً من الإرسال {first} في هذا التنزيل)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/atomic_sink.py" line="80" />
      <source>{found} of {added} rows were saved</source>
      <translation>عدد الصفوف المحفوظة: {found} من أصل {added}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/detect_personal_data.py" line="82" />
      <source>{high} columns at high risk, {medium} at medium risk, {low} at low risk.</source>
      <translation>‏{high} أعمدة عالية الخطورة، و{medium} متوسطة الخطورة، و{low} منخفضة الخطورة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/input_pages.py" line="269" />
      <source>{high} columns at high risk, {medium} at medium risk, {low} at low risk. The list helps; it does not guarantee that nothing else is personal.</source>
      <translation>‏{high} أعمدة عالية الخطورة، و{medium} متوسطة الخطورة، و{low} منخفضة الخطورة. تساعد القائمة لكنها لا تضمن ألا يكون هناك شيء شخصي آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="134" />
      <source>{host} accepted the credentials, but this account lacks permission to read {what} (HTTP 403). Ask the project owner to share it with you (at least 'view submissions').</source>
      <translation>قبل {host} بيانات الاعتماد، لكن هذا الحساب لا يملك إذن قراءة {what} (HTTP 403). اطلب من مالك المشروع مشاركته معك (على الأقل «عرض الإرسالات»).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="188" />
      <source>{host} announced {expected} submissions of form {uid} but sent {received}: {missing} are missing. Check the form on the server and download again.</source>
      <translation>أعلن {host} عن {expected} إرسالًا للنموذج {uid} لكنه أرسل {received}: ينقص {missing}. تحقق من النموذج على الخادم وأعد التنزيل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="156" />
      <source>{host} answered HTTP {status} for {what}.</source>
      <translation>ردّ {host} بـ HTTP {status} بشأن {what}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="133" />
      <source>{host} answered {what} with a web page, not data: a proxy may have answered instead of the server, or the address leads to a login or error page. Check the server address (open it in a web browser), then try again.</source>
      <translation>‏{host} أجاب عن {what} بصفحة ويب وليس ببيانات: ربما أجاب وسيط (proxy) بدلًا من الخادم، أو أن العنوان يقود إلى صفحة تسجيل دخول أو صفحة خطأ. تحقق من عنوان الخادم (افتحه في متصفح ويب)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo_pages.py" line="127" />
      <source>{host} answered, but not with a KoboToolbox list (no 'results'). Check that the address is a KoboToolbox server.</source>
      <translation>ردّ {host}، لكن ليس بقائمة KoboToolbox (لا يوجد «results»). تحقّق من أن العنوان هو عنوان خادم KoboToolbox.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odata_records.py" line="44" />
      <source>{host} answered, but not with an OData list (no 'value'). Check that the address is an ODK Central server.</source>
      <translation>ردّ {host}، لكن ليس بقائمة OData (لا يوجد «value»). تحقّق من أن العنوان هو عنوان خادم ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="492" />
      <source>{host} answered, but not with the list expected from ODK Central.</source>
      <translation>ردّ {host}، لكن ليس بالقائمة المتوقعة من ODK Central.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="65" />
      <source>{host} did not answer within {seconds} seconds. The connection may be slow or the server overloaded: try again later, or on a better connection.</source>
      <translation>لم يردّ {host} خلال {seconds} ثانية. قد يكون الاتصال بطيئًا أو الخادم مثقلًا: أعد المحاولة لاحقًا أو عبر اتصال أفضل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_changes.py" line="196" />
      <source>{host} did not give the light list of the submissions of form {id}, so this update could not check for submissions deleted, edited or missing on the server since the last download. To be sure to have the server's current version, download the form into a new GeoPackage.</source>
      <translation>لم يقدّم {host} القائمة المختصرة لإرسالات النموذج {id}، لذا لم يتمكن هذا التحديث من التحقق من الإرسالات المحذوفة أو المعدّلة أو المفقودة على الخادم منذ آخر تنزيل. للتأكد من الحصول على النسخة الحالية من الخادم، نزّل النموذج في ملف GeoPackage جديد.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="132" />
      <source>{host} did not return a session token: is it an ODK Central server?</source>
      <translation>لم يُرجع {host} رمز وصول للجلسة: هل هو خادم ODK Central؟</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="71" />
      <source>{host} did not return an API token: is it a KoboToolbox server?</source>
      <translation>لم يُرجع {host} رمز وصول إلى API: هل هو خادم KoboToolbox؟</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="259" />
      <source>{host} does not expand the repeats of form {id} inline ($expand, ODK Central 1.2 and later): they are downloaded from their own tables instead.</source>
      <translation>لا يدمج {host} تكرارات النموذج {id} في الرد ($expand، ODK Central 1.2 وما بعده): تُنزَّل بدلًا من ذلك من جداولها الخاصة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="235" />
      <source>{host} gave no usable address for attachment {name} of submission {uuid} ({link}: not an http or https address), so it was not asked; report it to the server's administrator.</source>
      <translation>لم يقدّم {host} عنوانًا صالحًا للمرفق {name} من الإرسال {uuid} ({link}: ليس عنوان http أو https)، لذا لم يُطلب؛ أبلغ مسؤول الخادم بذلك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odata_records.py" line="68" />
      <source>{host} gave the number of submissions of form {id} as {value}, which is not a number: whether every submission came could not be checked against it.</source>
      <translation>أعطى {host} عدد إرسالات النموذج {id} على أنه {value}، وهذا ليس رقمًا: لذا تعذّر التحقق بواسطته من وصول كل الإرسالات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="148" />
      <source>{host} is busy or failing (HTTP {status}) and still was after {attempts} attempts. Try again later; what was already downloaded is kept.</source>
      <translation>‏{host} مشغول أو معطّل (HTTP {status}) وظل كذلك بعد {attempts} محاولات. أعد المحاولة لاحقًا؛ يُحتفظ بما تم تنزيله.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/kobo.py" line="340" />
      <source>{host} keeps its attachments on {files}, KoboToolbox's file server of the same domain: the token is sent there too, for the attachments only.</source>
      <translation>يحفظ {host} مرفقاته على {files}، وهو خادم الملفات الخاص بـ KoboToolbox في النطاق نفسه: يُرسَل رمز الوصول إليه أيضًا، للمرفقات فقط.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="216" />
      <source>{host} redirected {what} from address to address in a loop ({address}), so it never arrived: the server, or a proxy in front of it, is misconfigured (for example http and https addresses sending to each other). Report it to the server's administrator.</source>
      <translation>أعاد {host} توجيه {what} من عنوان إلى عنوان في حلقة مفرغة ({address})، لذا لم يصل أبدًا: الخادم، أو وسيط (proxy) أمامه، مُعدّ بشكل خاطئ (مثلًا عناوين http وhttps يعيد كل منها التوجيه إلى الآخر). أبلغ مسؤول الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="171" />
      <source>{host} redirected {what} to another server ({other}); it was not followed, because the app-user token is part of every address asked of {host} and would have gone to {other}: check the server address with its administrator, the server may have moved.</source>
      <translation>أعاد {host} توجيه {what} إلى خادم آخر ({other})؛ ولم تُتَّبع إعادة التوجيه هذه، لأن رمز الوصول الخاص بمستخدم التطبيق جزء من كل عنوان يُطلب من {host} وكان سيُرسَل إلى {other}: تحقّق من عنوان الخادم مع مسؤوله، فربما انتقل الخادم إلى عنوان آخر.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="164" />
      <source>{host} redirected {what} to another server ({other}); it was not followed, so that what it sends (for the login: your e-mail and password) never leaves {host}: check the server address with its administrator, the server may have moved.</source>
      <translation>أعاد {host} توجيه {what} إلى خادم آخر ({other})؛ لم تُتبَع إعادة التوجيه، كي لا يغادر ما يُرسَل (لتسجيل الدخول: بريدك الإلكتروني وكلمة المرور) {host} أبدًا: تحقق من عنوان الخادم مع مسؤوله، فربما تغيّر عنوان الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="201" />
      <source>{host} redirected {what} to another server ({other}); its answer was not taken as the data of {host} and the download was stopped: check the server address with its administrator, the server may have moved.</source>
      <translation>أعاد {host} توجيه {what} إلى خادم آخر ({other})؛ لم يُعتبر ردّه بيانات {host} وأُوقف التنزيل: تحقق من عنوان الخادم مع مسؤوله، فربما تغيّر عنوان الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/odk_central.py" line="86" />
      <source>{host} refused the app-user token (HTTP 403): in ODK Central, app users can send submissions but not read them. To download the data, sign in with the email and password of a web user who has the Project Viewer or Project Manager role in this project.</source>
      <translation>رفض {host} رمز الوصول الخاص بمستخدم التطبيق (HTTP 403): في ODK Central، يمكن لمستخدمي التطبيق إرسال الإرسالات لكن لا يمكنهم قراءتها. لتنزيل البيانات، سجّل الدخول بالبريد الإلكتروني وكلمة المرور لمستخدم ويب لديه دور مُطّلع على المشروع (Project Viewer) أو مدير المشروع (Project Manager) في هذا المشروع.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="127" />
      <source>{host} refused the credentials (HTTP 401): the token or password is wrong or has expired. Enter a new one in the server connection settings.</source>
      <translation>رفض {host} بيانات الاعتماد (HTTP 401): رمز الوصول أو كلمة المرور خاطئ أو منتهي الصلاحية. أدخل قيمة جديدة في إعدادات الاتصال بالخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="361" />
      <source>{host} sends {what} too slowly: {received} bytes in the last {seconds} seconds. The connection is stalled; try again later or on a better connection, what was already downloaded is kept.</source>
      <translation>يرسل {host} {what} ببطء شديد: {received} بايت في آخر {seconds} ثانية. الاتصال متوقف؛ أعد المحاولة لاحقًا أو عبر اتصال أفضل، وما تم تنزيله يُحتفظ به.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="266" />
      <source>{host} sent a 'next page' link for {what} that leads back to a page already downloaded (after {pages} pages): the list would never end, so the download was stopped. Nothing was changed; report it to the server's administrator.</source>
      <translation>أرسل {host} لـ {what} رابط 'الصفحة التالية' يعود إلى صفحة سبق تنزيلها (بعد {pages} صفحة): لن تنتهي القائمة أبدًا، لذا أُوقف التنزيل. لم يتغير أي شيء؛ أبلغ مسؤول الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="255" />
      <source>{host} sent a 'next page' link for {what} that leads to another server ({other}) or is written ambiguously: it was not followed, so that the credentials and the link stay on {host}. The download was stopped; report it to the server's administrator.</source>
      <translation>أرسل {host} لـ {what} رابط 'الصفحة التالية' يؤدي إلى خادم آخر ({other}) أو مكتوبًا بشكل ملتبس: لم يُتَّبع، كي تبقى بيانات الاعتماد والرابط على {host}. أُوقف التنزيل؛ أبلغ مسؤول الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="127" />
      <source>{host} sent an answer for {what} that is not valid JSON ({reason}).</source>
      <translation>‏{host} أرسل لـ {what} إجابة ليست JSON صالحًا ({reason}).</translation>
    </message>
    <message>
      <source>{host} sent an incomplete or invalid answer for {what} (not valid JSON: {reason}). The connection may have been cut or a proxy may have answered instead of the server; try again.</source>
      <translation type="vanished">أرسل {host} ردًا ناقصًا أو غير صالح بشأن {what} (JSON غير صالح: {reason}). ربما انقطع الاتصال أو ردّ وكيل (proxy) بدلًا من الخادم؛ أعد المحاولة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="140" />
      <source>{host} sent an incomplete or invalid answer for {what}: the data was cut short or is not in the expected format. The connection may have been cut or a proxy may have answered instead of the server; try again.</source>
      <translation>‏{host} أرسل لـ {what} إجابة ناقصة أو غير صالحة: انقطعت البيانات أو ليست بالتنسيق المتوقع. ربما انقطع الاتصال أو أجاب وسيط (proxy) بدلًا من الخادم؛ حاول مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="66" />
      <source>{host} sent data that is not UTF-8 and declared it as {charset}: it was read as {charset}. Check a few accented names in the survey; if they look wrong, ask the server's administrator to send UTF-8.</source>
      <translation>أرسل {host} بيانات ليست بترميز UTF-8 وصرّح بأنها بترميز {charset}: قُرئت بترميز {charset}. تحقّق من بعض الأسماء ذات الأحرف الخاصة في المسح؛ وإذا بدت خاطئة، فاطلب من مسؤول الخادم إرسالها بترميز UTF-8.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="238" />
      <source>{host} sent more than {limit} pages for {what}: the download was stopped. Nothing was changed; check the form on the server.</source>
      <translation>أرسل {host} أكثر من {limit} صفحة لـ {what}: أُوقف التنزيل. لم يتغير أي شيء؛ تحقق من النموذج على الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="348" />
      <source>{host} sent more than {size} MB for {what}: it was not kept.</source>
      <translation>أرسل {host} أكثر من {size} ميغابايت لـ {what}: لم يُحتفظ به.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="353" />
      <source>{host} sent more than {size} MB for {what}: the download was stopped before it filled the computer's memory. Nothing was changed; ask the server's administrator about this form.</source>
      <translation>أرسل {host} أكثر من {size} ميغابايت لـ {what}: أُوقف التنزيل قبل أن يملأ ذاكرة الحاسوب. لم يتغير أي شيء؛ اسأل مسؤول الخادم عن هذا النموذج.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="180" />
      <source>{host} sent {count} submissions of form {uid} more than once: each was kept once.</source>
      <translation>أرسل {host} {count} من إرسالات النموذج {uid} أكثر من مرة: احتُفظ بكل منها مرة واحدة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="288" />
      <source>{host} sent {pages} pages in a row for {what} that brought no new submission ({received} of {total} received): the list would never end, so the download was stopped. Report it to the server's administrator.</source>
      <translation>أرسل {host} لـ {what} {pages} صفحات متتالية دون أي إرسال جديد (استُلم {received} من {total}): لن تنتهي القائمة أبدًا، لذا أُوقف التنزيل. أبلغ مسؤول الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="228" />
      <source>{host} sent {what} saying it is compressed ({encoding}) when it is not, so it cannot be read: the server, or a proxy in front of it, is misconfigured. Report it to the server's administrator.</source>
      <translation>أرسل {host} {what} مع الإشارة إلى أنه مضغوط ({encoding}) وهو ليس كذلك، لذا لا يمكن قراءته: الخادم، أو وسيط (proxy) أمامه، مُعدّ بشكل خاطئ. أبلغ مسؤول الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/server_json.py" line="157" />
      <source>{host} sent {what} with a character that is not valid text (half of an emoji, or text not in UTF-8) in {fields}: it was replaced by {mark}, the rest is kept as sent.</source>
      <translation>أرسل {host} {what} وفي {fields} حرف ليس نصًا صالحًا (نصف رمز تعبيري، أو نص ليس بترميز UTF-8): استُبدل بـ {mark}، وبقي الباقي كما أُرسل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/records.py" line="213" />
      <source>{host} sent, for {what}, an item that is not a submission (page {page}, item {number}: {kind} instead of a JSON object). Nothing was changed; report it to the server's administrator.</source>
      <translation>أرسل {host}، لـ {what}، عنصرًا ليس إرسالًا (الصفحة {page}، العنصر {number}: {kind} بدلًا من كائن JSON). لم يتغير أي شيء؛ أبلغ مسؤول الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="376" />
      <source>{host} was still sending a page of {what} after {seconds} seconds ({received} bytes): the download was stopped. Try again later or on a better connection; what was already downloaded is kept.</source>
      <translation>كان {host} لا يزال يرسل صفحة من {what} بعد {seconds} ثانية ({received} بايت): أُوقف التنزيل. أعد المحاولة لاحقًا أو عبر اتصال أفضل؛ يُحتفظ بما تم تنزيله.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/bounds.py" line="220" />
      <source>{host} writes its 'next page' links for {what} with another address ({other}), as a server behind a proxy or configured with another domain name does: the pages are asked of {host}, and nothing is sent to {other}.</source>
      <translation>يكتب {host} روابط 'الصفحة التالية' الخاصة بـ {what} بعنوان آخر ({other})، كما يفعل خادم يعمل خلف وسيط (proxy) أو مُعدّ باسم نطاق آخر: تُطلب الصفحات من {host}، ولا يُرسَل أي شيء إلى {other}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/servers/file_download.py" line="291" />
      <source>{host}'s file storage answered {answer} for {row} attachments in a row: the remaining %n attachments were not asked. The submissions are all in the GeoPackage; run the download again with Update and attachments ticked later to fetch them.</source>
      <translation>
        <numerusform>فشل تخزين الملفات في {host} ({answer}) مع {row} من المرفقات على التوالي: لم يُطلب %n من المرفقات المتبقية. الإرسالات كلها موجودة في GeoPackage؛ أعد تشغيل التنزيل لاحقًا مع تحديد خياري «تحديث» و«تنزيل المرفقات» لجلبها.</numerusform>
        <numerusform>فشل تخزين الملفات في {host} ({answer}) مع {row} من المرفقات على التوالي: لم يُطلب المرفق المتبقي (%n). الإرسالات كلها موجودة في GeoPackage؛ أعد تشغيل التنزيل لاحقًا مع تحديد خياري «تحديث» و«تنزيل المرفقات» لجلبه.</numerusform>
        <numerusform>فشل تخزين الملفات في {host} ({answer}) مع {row} من المرفقات على التوالي: لم يُطلب المرفقان المتبقيان (%n). الإرسالات كلها موجودة في GeoPackage؛ أعد تشغيل التنزيل لاحقًا مع تحديد خياري «تحديث» و«تنزيل المرفقات» لجلبهما.</numerusform>
        <numerusform>فشل تخزين الملفات في {host} ({answer}) مع {row} من المرفقات على التوالي: لم تُطلب %n مرفقات متبقية. الإرسالات كلها موجودة في GeoPackage؛ أعد تشغيل التنزيل لاحقًا مع تحديد خياري «تحديث» و«تنزيل المرفقات» لجلبها.</numerusform>
        <numerusform>فشل تخزين الملفات في {host} ({answer}) مع {row} من المرفقات على التوالي: لم يُطلب %n مرفقًا متبقيًا. الإرسالات كلها موجودة في GeoPackage؛ أعد تشغيل التنزيل لاحقًا مع تحديد خياري «تحديث» و«تنزيل المرفقات» لجلبها.</numerusform>
        <numerusform>فشل تخزين الملفات في {host} ({answer}) مع {row} من المرفقات على التوالي: لم يُطلب %n مرفق متبقٍ. الإرسالات كلها موجودة في GeoPackage؛ أعد تشغيل التنزيل لاحقًا مع تحديد خياري «تحديث» و«تنزيل المرفقات» لجلبها.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http.py" line="419" />
      <source>{host}: {reason} for {what}; retry {attempt} of {total} in {seconds} seconds.</source>
      <translation>‏{host}: {reason} بشأن {what}؛ المحاولة {attempt} من {total} بعد {seconds} ثانية.</translation>
    </message>
    <message>
      <source>{host}: {reason} for {what}; retry {attempt} of {total}.</source>
      <translation type="vanished">‏{host}: {reason} بشأن {what}؛ المحاولة {attempt} من {total}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/maps/type_page.py" line="121" />
      <source>{kind}: an A4 landscape map of the sample survey</source>
      <translation>‏{kind}: خريطة A4 أفقية للمسح التجريبي</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="82" />
      <source>{label} (label)</source>
      <translation>‏{label} (التسمية)</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/companions.py" line="123" />
      <source>{layer} carries no form of the survey, so the protections that read it (lists of people, calculated positions, question types) could not apply: share the survey's GeoPackage, which carries its form, instead.</source>
      <translation>لا يحتوي {layer} على نموذج المسح، لذا تعذّر تطبيق وسائل الحماية التي تعتمد عليه (قوائم الأشخاص، والمواقع المحسوبة، وأنواع الأسئلة): شارك بدلًا من ذلك ملف GeoPackage الخاص بالمسح، الذي يحتوي على نموذجه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/protection/share_refused_repeats.py" line="191" />
      <source>{layer} holds rows of submissions (a repeat table) whose survey table was not found beside it: whether their households refused consent could not be checked, and rows of refusals may be shared. Share the table from the GeoPackage the survey was imported into to leave them out.</source>
      <translation>تحتوي الطبقة {layer} على صفوف إرسالات (جدول تكرار) لم يُعثر بجوارها على جدول المسح الخاص بها: تعذّر التحقق مما إذا كانت أسرها قد رفضت الموافقة، وقد تُشارَك صفوف الأسر التي رفضت. شارك الجدول من ملف GeoPackage الذي استُورد إليه المسح لاستبعادها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/layers.py" line="422" />
      <source>{layer} is a repeat table: its rows belong to submissions by _submission__uuid and _index, and the cleaning log names submissions (_uuid), not repeat rows, so it cannot be applied to it. Apply the log to the survey layer; correct a repeat answer in a copy of {layer} in QGIS, or remove the whole submission with remove_survey.</source>
      <translation>الطبقة {layer} جدول تكرار: تنتمي صفوفها إلى الإرسالات عبر _submission__uuid و_index، وسجل التنظيف يحدد الإرسالات (_uuid) لا صفوف التكرار، لذا لا يمكن تطبيقه عليها. طبّق السجل على طبقة المسح؛ صحّح إجابة تكرار في نسخة من {layer} في QGIS، أو أزل الإرسال كاملًا باستخدام remove_survey.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/run_pages.py" line="255" />
      <source>{mode} in {seconds} s: {counts}.</source>
      <translation>‏{mode} في {seconds} ث: {counts}.</translation>
    </message>
    <message>
      <source>{mode}: {new} new submissions, {total} in all, from {pages} pages in {seconds} s; {files} attachments.</source>
      <translation type="vanished">‏{mode}: {new} إرسالات جديدة، {total} إجمالًا، من {pages} صفحات في {seconds} ث؛ {files} مرفقات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/download/server_page.py" line="212" />
      <source>{name} ({url})</source>
      <translation>‏{name} ({url})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/processing/export_map.py" line="210" />
      <source>{name} cannot be {value}: choose one of {options}.</source>
      <translation>لا يمكن أن تكون قيمة {name} هي {value}: اختر من بين {options}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/processing/download_common.py" line="128" />
      <source>{new} (%n of them older, missing from the GeoPackage)</source>
      <translation>
        <numerusform>‏{new} (منها %n أقدم كانت مفقودة من GeoPackage)</numerusform>
        <numerusform>‏{new} (منها %n أقدم كان مفقودًا من GeoPackage)</numerusform>
        <numerusform>‏{new} (منها %n أقدم كانا مفقودين من GeoPackage)</numerusform>
        <numerusform>‏{new} (منها %n أقدم كانت مفقودة من GeoPackage)</numerusform>
        <numerusform>‏{new} (منها %n أقدم كانت مفقودة من GeoPackage)</numerusform>
        <numerusform>‏{new} (منها %n أقدم كانت مفقودة من GeoPackage)</numerusform>
      </translation>
    </message>
    <message>
      <source>{new} new submissions downloaded into {file}.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>{new} new submissions, {edits} values edited, {decisions} cleaning decisions merged into {file}.</source>
      <translation type="vanished">دُمج في {file}: {new} إرسالات جديدة، و{edits} قيم معدَّلة، و{decisions} قرارات تنظيف.</translation>
    </message>
    <message>
      <source>{new} new submissions, {edits} values edited, {rows} repeat rows added, {decisions} cleaning decisions merged into {file}.</source>
      <translation type="vanished">دُمج في {file}: {new} إرسالات جديدة، و{edits} قيم معدَّلة، و{rows} صفوف تكرار مضافة، و{decisions} قرارات تنظيف.</translation>
    </message>
    <message>
      <source>{new} new submissions, {total} in all, {pages} pages, {files} attachments.</source>
      <translation type="vanished">‏{new} إرسالات جديدة، {total} إجمالًا، {pages} صفحات، {files} مرفقات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="54" />
      <source>{parameter} gives env: for {what}, but no environment variable of that name is set, or it is empty. After env: write the name of a variable that holds the secret, never the secret itself: if you wrote {what} there, put it in an environment variable or a file and name that instead.</source>
      <translation>‏{parameter} يحدد env: لـ {what}، لكن لا يوجد متغير بيئة معرَّف بهذا الاسم، أو أنه فارغ. بعد env: اكتب اسم متغير يحتوي على السر، لا السر نفسه أبدًا: إن كنت قد كتبت {what} هناك، فضعه في متغير بيئة أو في ملف واذكره بدلًا من ذلك.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="72" />
      <source>{parameter} gives file: for {what}, but what follows is not an existing file, and it may be the secret itself. Put {what} in a file or an environment variable and write file:PATH or env:NAME instead.</source>
      <translation>‏{parameter} يحدد file: لـ {what}، لكن ما يليه ليس ملفًا موجودًا، وقد يكون السر نفسه. ضع {what} في ملف أو في متغير بيئة واكتب بدلًا من ذلك file:PATH أو env:NAME.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/__init__.py" line="117" />
      <source>{parameter} is '{value}', not a number: give a number.</source>
      <translation>‏{parameter} قيمته '{value}'، وهي ليست رقمًا: أدخل رقمًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="79" />
      <source>{parameter} must start with env: or file: ({what}): what was given is not an existing file, and it may be the secret itself. Put it in an environment variable or a file and write env:NAME or file:PATH instead.</source>
      <translation>‏{parameter} يجب أن يبدأ بـ env: أو file: ({what}): ما أُدخل ليس ملفًا موجودًا، وقد يكون السر نفسه. ضعه في متغير بيئة أو في ملف واكتب بدلًا من ذلك env:NAME أو file:PATH.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/survey_project.py" line="204" />
      <source>{parent} → {child}</source>
      <translation>‏{parent} ← {child}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/admin_names.py" line="194" />
      <source>{place} is not the area answered in {column} ({code}).</source>
      <translation>‏{place} ليست الوحدة الإدارية الواردة في {column} ({code}).</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/survey/label_language.py" line="88" />
      <source>{questions} and {choices}</source>
      <translation>‏{questions} و{choices}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="141" />
      <source>{question} '{code}' belongs to no choice row matching {answers}.</source>
      <translation>‏{question} '{code}' لا ينتمي إلى أي صف خيارات يطابق {answers}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="134" />
      <source>{question} '{code}' belongs to {parent} '{expected}', but {parent} is '{answer}'.</source>
      <translation>‏{question} '{code}' ينتمي إلى {parent} '{expected}'، لكن {parent} هو '{answer}'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="297" />
      <source>{question} is a question of the repeat {repeat}, whose rows the cleaning log cannot change (it names submissions, not repeat rows): correct it in a copy of the {repeat} table in QGIS, or remove the whole submission with remove_survey</source>
      <translation>السؤال {question} من أسئلة التكرار {repeat}، الذي لا يستطيع سجل التنظيف تغيير صفوفه (فهو يحدد الإرسالات لا صفوف التكرار): صحّحه في نسخة من الجدول {repeat} في QGIS، أو أزل الإرسال كاملًا باستخدام remove_survey</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log.py" line="311" />
      <source>{question} is not an answer but the key or the geometry of the layer: the cleaning log cannot change it</source>
      <translation>‏{question} ليس إجابة بل هو مفتاح الطبقة أو هندستها: لا يمكن لسجل التنظيف تغييره</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/missing.py" line="89" />
      <source>{question} is required by the form and was relevant, but is empty.</source>
      <translation>السؤال {question} إلزامي في النموذج وكان ذا صلة، لكن إجابته فارغة.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="43" />
      <source>{question} was not checked against its choice_filter '{filter}': only filters of {example} equalities joined by 'and' are read. Check its answers by hand.</source>
      <translation>لم يُفحص {question} مقابل choice_filter الخاص به '{filter}': لا تُقرأ إلا المرشحات المكونة من مساواة {example} مربوطة بـ 'and'. تحقق من إجاباته يدويًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/checks/cascades.py" line="53" />
      <source>{question} was not checked against its choice_filter '{filter}': {reason}. Check its answers by hand.</source>
      <translation>لم يُفحص {question} مقابل choice_filter الخاص به '{filter}': {reason}. تحقق من إجاباته يدويًا.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/cleaned_layer.py" line="86" />
      <source>{question}: in %n submissions the answer and its choice columns disagree after the cleaning log (it changed one and not the other). Add the matching changes to the log.</source>
      <translation>
        <numerusform>‏{question}: في %n إرسال الإجابة وأعمدة خياراتها لا تتطابق بعد سجل التنظيف (غيَّر أحدهما دون الآخر). أضف إلى السجل التغيير المقابل.</numerusform>
        <numerusform>‏{question}: في إرسال واحد (%n) الإجابة وأعمدة خياراتها لا تتطابق بعد سجل التنظيف (غيَّر أحدهما دون الآخر). أضف إلى السجل التغيير المقابل.</numerusform>
        <numerusform>‏{question}: في إرسالين (%n) الإجابة وأعمدة خياراتها لا تتطابق بعد سجل التنظيف (غيَّر أحدهما دون الآخر). أضف إلى السجل التغيير المقابل.</numerusform>
        <numerusform>‏{question}: في %n إرسالات الإجابة وأعمدة خياراتها لا تتطابق بعد سجل التنظيف (غيَّر أحدهما دون الآخر). أضف إلى السجل التغيير المقابل.</numerusform>
        <numerusform>‏{question}: في %n إرسالًا الإجابة وأعمدة خياراتها لا تتطابق بعد سجل التنظيف (غيَّر أحدهما دون الآخر). أضف إلى السجل التغيير المقابل.</numerusform>
        <numerusform>‏{question}: في %n إرسال الإجابة وأعمدة خياراتها لا تتطابق بعد سجل التنظيف (غيَّر أحدهما دون الآخر). أضف إلى السجل التغيير المقابل.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/cleaning/choice_filters.py" line="92" />
      <source>{question}: in %n submissions the answer is not one of the choices the form allows for their other answers (choice_filter {filter}) after the cleaning log (first: feature {fid}, {question} {code} with {answers}). Check the log's rows on these questions.</source>
      <translation>
        <numerusform>‏{question}: في %n من الإرسالات، الإجابة ليست من الخيارات التي يسمح بها النموذج بحسب الإجابات الأخرى للإرسال نفسه (choice_filter {filter}) بعد تطبيق سجل التنظيف (الأول: العنصر {fid}، {question} {code} مع {answers}). تحقّق من صفوف السجل المتعلقة بهذه الأسئلة.</numerusform>
        <numerusform>‏{question}: في إرسال واحد (%n)، الإجابة ليست من الخيارات التي يسمح بها النموذج بحسب الإجابات الأخرى للإرسال نفسه (choice_filter {filter}) بعد تطبيق سجل التنظيف (العنصر {fid}، {question} {code} مع {answers}). تحقّق من صفوف السجل المتعلقة بهذه الأسئلة.</numerusform>
        <numerusform>‏{question}: في إرسالين (%n)، الإجابة ليست من الخيارات التي يسمح بها النموذج بحسب الإجابات الأخرى للإرسال نفسه (choice_filter {filter}) بعد تطبيق سجل التنظيف (الأول: العنصر {fid}، {question} {code} مع {answers}). تحقّق من صفوف السجل المتعلقة بهذه الأسئلة.</numerusform>
        <numerusform>‏{question}: في %n إرسالات، الإجابة ليست من الخيارات التي يسمح بها النموذج بحسب الإجابات الأخرى للإرسال نفسه (choice_filter {filter}) بعد تطبيق سجل التنظيف (الأول: العنصر {fid}، {question} {code} مع {answers}). تحقّق من صفوف السجل المتعلقة بهذه الأسئلة.</numerusform>
        <numerusform>‏{question}: في %n إرسالًا، الإجابة ليست من الخيارات التي يسمح بها النموذج بحسب الإجابات الأخرى للإرسال نفسه (choice_filter {filter}) بعد تطبيق سجل التنظيف (الأول: العنصر {fid}، {question} {code} مع {answers}). تحقّق من صفوف السجل المتعلقة بهذه الأسئلة.</numerusform>
        <numerusform>‏{question}: في %n إرسال، الإجابة ليست من الخيارات التي يسمح بها النموذج بحسب الإجابات الأخرى للإرسال نفسه (choice_filter {filter}) بعد تطبيق سجل التنظيف (الأول: العنصر {fid}، {question} {code} مع {answers}). تحقّق من صفوف السجل المتعلقة بهذه الأسئلة.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="466" />
      <source>{readme} · {folder}</source>
      <translation>‏{readme} · {folder}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="98" />
      <source>{rows} points moved in a random direction by {min:.0f} to {max:.0f} m.</source>
      <translation>أُزيحت {rows} نقطة في اتجاه عشوائي بمسافة من {min:.0f} إلى {max:.0f} م.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/protection/output_pages.py" line="113" />
      <source>{rows} points moved to the centre of {size:.0f} m grid cells.</source>
      <translation>نُقلت {rows} نقطة إلى مراكز خلايا شبكة بحجم {size:.0f} م.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/run_pages.py" line="202" />
      <source>{rows} rows for {submissions} submissions.</source>
      <translation>‏{rows} صف لـ {submissions} إرسال.</translation>
    </message>
    <message>
      <source>{rows} rows imported from {file}. Save them to keep them.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>{rows} rows written to {file}.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>{rows} submissions imported ({missing} without location) into {file} in {seconds:.1f} s.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>{rows} submissions imported into {file}; {missing} without location. Tables: {tables}. Language: {language}.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="190" />
      <source>{rows}; {counts}.</source>
      <translation>‏{rows}؛ {counts}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="157" />
      <source>{server} answered {what} with HTTP {status} and no file, so nothing was kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>أجاب {server} عن {what} بـ HTTP {status} دون ملف، لذا لم يُحتفظ بأي شيء. أعد تشغيل التنزيل لاحقًا مع تحديد خياري «تحديث» و«تنزيل المرفقات»؛ وإن تكرر ذلك، فأبلغ مسؤول الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="173" />
      <source>{server} answered {what} with a message instead of the file ({message}), so it was not kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>أجاب {server} عن {what} برسالة بدلًا من الملف ({message})، لذا لم يُحتفظ بالرد. أعد تشغيل التنزيل لاحقًا مع تحديد خياري «تحديث» و«تنزيل المرفقات»؛ وإن تكرر ذلك، فأبلغ مسؤول الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="106" />
      <source>{server} answered {what} with a web page (a login page, for example) instead of the file, so it was not kept. Check in a web browser that this account can open the form's attachments, then run an update with attachments to fetch it.</source>
      <translation>أجاب {server} عن {what} بصفحة ويب (صفحة تسجيل دخول مثلًا) بدلًا من الملف، لذا لم يُحتفظ بالرد. تحقّق في متصفح ويب من أن هذا الحساب يستطيع فتح مرفقات النموذج، ثم شغّل تحديثًا مع المرفقات لجلب الملف.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="113" />
      <source>{server} answered {what} with a web page (a login page, for example) instead of the file, so it was not kept: the file is on {other}, which is not {host} and so gets none of its credentials. Ask the administrator of {host} to serve the attachments from {host}, then run an update with attachments.</source>
      <translation>أجاب {server} عن {what} بصفحة ويب (صفحة تسجيل دخول مثلًا) بدلًا من الملف، لذا لم يُحتفظ بالرد: الملف موجود على {other}، وهو ليس {host} ولذلك لا يتلقى أيًا من بيانات الاعتماد الخاصة به. اطلب من مسؤول {host} أن يقدّم المرفقات من {host}، ثم شغّل تحديثًا مع المرفقات.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="149" />
      <source>{server} answered {what} with only part of the file (HTTP 206 Partial Content), so nothing was kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>أجاب {server} عن {what} بجزء من الملف فقط (HTTP 206 Partial Content)، لذا لم يُحتفظ بأي شيء. أعد تشغيل التنزيل لاحقًا مع تحديد خياري «تحديث» و«تنزيل المرفقات»؛ وإن تكرر ذلك، فأبلغ مسؤول الخادم.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="165" />
      <source>{server} sent an empty answer for {what} instead of the file, so nothing was kept. Run the download again later with Update and attachments ticked; if it keeps happening, tell the server's administrator.</source>
      <translation>أرسل {server} ردًّا فارغًا لـ {what} بدلًا من الملف، لذا لم يُحتفظ بأي شيء. أعد تشغيل التنزيل لاحقًا مع تحديد خياري «تحديث» و«تنزيل المرفقات»؛ وإن تكرر ذلك، فأبلغ مسؤول الخادم.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/gui/cleaning/log_view.py" line="191" />
      <source>{shown} of %n rows shown</source>
      <translation>
        <numerusform>عُرض {shown} من أصل %n صف</numerusform>
        <numerusform>عُرض {shown} من أصل صف واحد (%n)</numerusform>
        <numerusform>عُرض {shown} من أصل صفين (%n)</numerusform>
        <numerusform>عُرض {shown} من أصل %n صفوف</numerusform>
        <numerusform>عُرض {shown} من أصل %n صفًا</numerusform>
        <numerusform>عُرض {shown} من أصل %n صف</numerusform>
      </translation>
    </message>
    <message>
      <source>{shown} of {rows} rows shown; {pending} pending, {changed} to change, {removed} to remove, {kept} kept as they are.</source>
      <translation type="vanished">عُرض {shown} من أصل {rows} صف؛ {pending} معلّقة، {changed} للتغيير، {removed} للإزالة، {kept} تبقى كما هي.</translation>
    </message>
    <message numerus="yes">
      <location filename="../cartong_plugin/core/survey/survey_tables.py" line="399" />
      <source>{table}: the form now gives {column} another type, but that column of the survey layer holds only {kind}: %n new answers that did not fit were left empty there ({raw} keeps them as answered).</source>
      <translation>
        <numerusform>‏{table}: يعطي النموذج الآن {column} نوعًا آخر، لكن هذا العمود في طبقة المسح لا يحتوي إلا على {kind}: لم تُترك أي إجابة جديدة فارغة (%n) (يحتفظ {raw} بها كما أُجيب عنها).</numerusform>
        <numerusform>‏{table}: يعطي النموذج الآن {column} نوعًا آخر، لكن هذا العمود في طبقة المسح لا يحتوي إلا على {kind}: تُركت إجابة جديدة واحدة (%n) لم تتوافق فارغة هناك (يحتفظ {raw} بها كما أُجيب عنها).</numerusform>
        <numerusform>‏{table}: يعطي النموذج الآن {column} نوعًا آخر، لكن هذا العمود في طبقة المسح لا يحتوي إلا على {kind}: تُركت إجابتان جديدتان (%n) من الإجابات التي لم تتوافق فارغتين هناك (يحتفظ {raw} بها كما أُجيب عنها).</numerusform>
        <numerusform>‏{table}: يعطي النموذج الآن {column} نوعًا آخر، لكن هذا العمود في طبقة المسح لا يحتوي إلا على {kind}: تُركت %n إجابات جديدة لم تتوافق فارغة هناك (يحتفظ {raw} بها كما أُجيب عنها).</numerusform>
        <numerusform>‏{table}: يعطي النموذج الآن {column} نوعًا آخر، لكن هذا العمود في طبقة المسح لا يحتوي إلا على {kind}: تُركت %n إجابة جديدة لم تتوافق فارغة هناك (يحتفظ {raw} بها كما أُجيب عنها).</numerusform>
        <numerusform>‏{table}: يعطي النموذج الآن {column} نوعًا آخر، لكن هذا العمود في طبقة المسح لا يحتوي إلا على {kind}: تُركت %n إجابة جديدة لم تتوافق فارغة هناك (يحتفظ {raw} بها كما أُجيب عنها).</numerusform>
      </translation>
    </message>
    <message>
      <source>{total} submissions counted in {areas} areas; {outside} outside every area or with an unknown P-code; {missing} without location or P-code.</source>
      <translation type="vanished">عُدّ {total} إرسال في {areas} وحدة؛ {outside} خارج كل الوحدات أو برمز P-code غير معروف؛ {missing} بلا موقع ولا رمز P-code.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="57" />
      <source>{what} has no http or https address: it was not asked.</source>
      <translation>ليس لـ {what} عنوان http أو https: لم يُطلب.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="121" />
      <source>{what} is not on {host} (HTTP 404): it may have been deleted from its submission, or not uploaded yet.</source>
      <translation>غير موجود على {host} (HTTP 404): {what}. ربما حُذف الملف من إرساله، أو لم يُرفع بعد.</translation>
    </message>
    <message>
      <source>{what} is {size} MB but only {free} MB are free on the disk of {folder}: free some space or choose another folder, then download again.</source>
      <translation type="vanished">‏{what} حجمه {size} ميغابايت لكن المساحة الحرة على قرص {folder} هي {free} ميغابايت فقط: حرّر بعض المساحة أو اختر مجلدًا آخر، ثم أعد التنزيل.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/file_download.py" line="189" />
      <source>{what} is {size} MB, more than the free space on the disk of {folder} ({free} MB): it was not downloaded. Free some space, then run the download again with Update and attachments ticked.</source>
      <translation>حجم {what} هو {size} ميغابايت، أي أكثر من المساحة الفارغة على قرص {folder} ({free} ميغابايت): لم يُنزَّل. حرّر بعض المساحة، ثم أعد تشغيل التنزيل مع تحديد خياري «تحديث» و«تنزيل المرفقات».</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/map_texts.py" line="69" />
      <source>{what} per admin area</source>
      <translation>‏{what} حسب الوحدة الإدارية</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/servers/http_failures.py" line="141" />
      <source>{what} was not found on {host} (HTTP 404): the form may have been deleted or archived, or its ID is wrong. Check it on the server's web page.</source>
      <translation>غير موجود على {host} (HTTP 404): {what}. ربما حُذف النموذج أو أُرشف، أو أن معرّفه ID خاطئ. تحقّق منه في صفحة الخادم على الويب.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="213" />
      <source>{where} (id "{id}")</source>
      <translation>‏{where} (id "{id}")</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="297" />
      <source>{where} ({uuid}, {question}): {who} saved '{db_change}' (new value '{db_value}') at {when}, version {db_version}, after you loaded version {version}. Yours, '{change_type}' (new value '{new_value}'), was not saved: load the log again and decide on the current value.</source>
      <translation>‏{where} ({uuid}، {question}): حفظ {who} '{db_change}' (القيمة الجديدة '{db_value}') في {when}، الإصدار {db_version}، بعد أن حمّلتَ الإصدار {version}. قرارك '{change_type}' (القيمة الجديدة '{new_value}') لم يُحفظ: حمّل السجل مجددًا وقرّر بشأن القيمة الحالية.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/base/named_secrets.py" line="147" />
      <source>{where} holds {problem}: copy it again, in full and on one line, from where it was created.</source>
      <translation>يحتوي {where} على {problem}: انسخ القيمة مجددًا، كاملةً وفي سطر واحد، من المكان الذي أُنشئت فيه.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="92" />
      <source>{where}, step "{id}"</source>
      <translation>‏{where}، الخطوة "{id}"</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="96" />
      <source>{where}: "expect" must have a type among {types}.</source>
      <translation>‏{where}: يجب أن يكون لـ "expect" نوع من بين {types}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="270" />
      <source>{where}: "language" must be a two-letter code such as en or fr.</source>
      <translation>‏{where}: يجب أن يكون "language" رمزًا من حرفين مثل en أو fr.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="248" />
      <source>{where}: "title" must give the title by language, e.g. {{"en": "…", "fr": "…"}}.</source>
      <translation>‏{where}: يجب أن يعطي "title" العنوان لكل لغة، مثل {{"en": "…", "fr": "…"}}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="264" />
      <source>{where}: "url" must be an http(s) address (found "{url}").</source>
      <translation>‏{where}: يجب أن يكون "url" عنوان http(s) (الموجود: "{url}").</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="225" />
      <source>{where}: "versions" must map a language (en, fr…) to a title and a url.</source>
      <translation>‏{where}: يجب أن يربط "versions" كل لغة (en، fr…) بعنوان وurl.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="276" />
      <source>{where}: "{key}" must be a list of names.</source>
      <translation>‏{where}: يجب أن يكون "{key}" قائمة أسماء.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="63" />
      <source>{where}: "{name}" must give at least the English text: {{"en": "…", "fr": "…"}}.</source>
      <translation>‏{where}: يجب أن يعطي "{name}" النص الإنجليزي على الأقل: {{"en": "…", "fr": "…"}}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/cleaning/log_values.py" line="47" />
      <source>{where}: '{value}' is not a valid value for the field {column}: {reason}</source>
      <translation>‏{where}: '{value}' ليست قيمة صالحة للحقل {column}: {reason}</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="206" />
      <source>{where}: an entry must be an object with id, title, topic and url.</source>
      <translation>‏{where}: يجب أن يكون الإدخال كائنًا يحتوي على id وtitle وtopic وurl.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/exercises.py" line="101" />
      <source>{where}: every step needs its own id.</source>
      <translation>‏{where}: تحتاج كل خطوة إلى معرّف id خاص بها.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="310" />
      <source>{where}: id "{id}" is used twice; the first one is kept.</source>
      <translation>‏{where}: المعرّف "{id}" مستخدم مرتين؛ يُحتفظ بالأول.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="238" />
      <source>{where}: the "{lang}" version has no http(s) url (found "{url}").</source>
      <translation>‏{where}: النسخة "{lang}" ليس لها عنوان url من نوع http(s) (الموجود: "{url}").</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="235" />
      <source>{where}: the "{lang}" version has no title.</source>
      <translation>‏{where}: النسخة "{lang}" ليس لها عنوان.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="212" />
      <source>{where}: the entry has no "id".</source>
      <translation>‏{where}: الإدخال لا يحتوي على "id".</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="293" />
      <source>{where}: the log row {log_id} no longer exists; your decision '{change_type}' was not saved.</source>
      <translation>‏{where}: صف السجل {log_id} لم يعد موجودًا؛ لم يُحفظ قرارك '{change_type}'.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/learning/help_catalogue.py" line="217" />
      <source>{where}: topic "{topic}" is not one of: {topics}.</source>
      <translation>‏{where}: الموضوع "{topic}" ليس من بين: {topics}.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/teams/review.py" line="328" />
      <source>{where}: your sheet has log row {log_id} as {uuid}, {question}, old value '{old_value}', but the cleaning log now holds {db_uuid}, {db_question}, old value '{db_old_value}' there (the survey was shared or checked again). Your decision '{change_type}' was not saved: export a new review sheet and decide on that row again.</source>
      <translation>‏{where}: صف السجل {log_id} في ورقتك هو {uuid}، {question}، القيمة القديمة '{old_value}'، لكن سجل التنظيف يحتوي الآن في هذا الصف على {db_uuid}، {db_question}، القيمة القديمة '{db_old_value}' (أُعيدت مشاركة المسح أو أُعيد فحصه). لم يُحفظ قرارك '{change_type}': صدّر ورقة مراجعة جديدة وقرّر بشأن ذلك الصف مجددًا.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="33" />
      <source>“{code}”: {count} (first: feature {fid})</source>
      <translation>‏«{code}»: {count} (الأول: المعلم {fid})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="196" />
      <source>“{given}” is the label of the answer “{code}” of {field}, the choice name the survey stores ({count} submissions give it): “{code}” was counted. Give ANSWER_VALUE={code} to count it without this warning.</source>
      <translation>‏«{given}» هي تسمية الإجابة «{code}» عن {field}، أي اسم الخيار الذي يحفظه المسح ({count} من الإرسالات تعطيها): عُدّت «{code}». اكتب ANSWER_VALUE={code} لعدّها من دون هذا التحذير.</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/answer_checks.py" line="38" />
      <source>“{text}” as {number}: {count} (first: feature {fid})</source>
      <translation>‏«{text}» على أنه {number}: {count} (الأول: المعلم {fid})</translation>
    </message>
    <message>
      <location filename="../cartong_plugin/core/maps/pcodes.py" line="104" />
      <source>“{typed}” as {code}: {count} (first: feature {fid})</source>
      <translation>‏«{typed}» على أنه {code}: {count} (الأول: المعلم {fid})</translation>
    </message>
  </context>
</TS>
