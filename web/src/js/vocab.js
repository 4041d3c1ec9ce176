// The words of the map: layers, statuses and event kinds, Arabic first with the English beside.
// Colours live in app.css (classes status-* and kind-*), so the legend and the map share them.

export const STATUSES = Object.freeze({
  proposed: { ar: 'مقترح', en: 'Proposed' },
  agreed: { ar: 'متفق عليه', en: 'Agreed' },
  planned: { ar: 'مخطط له', en: 'Planned' },
  opened: { ar: 'مفتوح', en: 'Opened' },
  not_running: { ar: 'متوقف', en: 'Not running' },
  unknown: { ar: 'غير معروف', en: 'Unknown' },
});

export const KINDS = Object.freeze({
  coordination_centre: { ar: 'مركز تنسيق', en: 'Coordination centre' },
  security_gap: { ar: 'فراغ أمني', en: 'Security gap' },
  operation: { ar: 'عملية عسكرية', en: 'Operation' },
  attack: { ar: 'هجوم', en: 'Attack' },
  deployment: { ar: 'انتشار قوات', en: 'Deployment' },
});

export const PARTIES = Object.freeze({
  iraqi_forces: { ar: 'القوات العراقية', en: 'Iraqi forces' },
  peshmerga: { ar: 'البيشمركة', en: 'Peshmerga' },
  coalition: { ar: 'التحالف الدولي', en: 'Coalition' },
  pmf: { ar: 'الحشد الشعبي', en: 'PMF' },
  isis: { ar: 'داعش', en: 'ISIS' },
});

export const UI = Object.freeze({
  layers: { ar: 'الطبقات', en: 'Layers' },
  details: { ar: 'التفاصيل', en: 'Details' },
  articles: { ar: 'المقالات', en: 'Articles' },
  add: { ar: 'إضافة مقال', en: 'Add article' },
  asOf: { ar: 'حتى تاريخ', en: 'As of' },
  play: { ar: 'تشغيل', en: 'Play' },
  pause: { ar: 'إيقاف', en: 'Pause' },
  statusHistory: { ar: 'تاريخ الحالة', en: 'Status history' },
  sources: { ar: 'المصادر', en: 'Sources' },
  mentionedIn: { ar: 'المقالات التي تذكره', en: 'Articles that mention it' },
  openArticle: { ar: 'قراءة المقال', en: 'Read article' },
  original: { ar: 'المصدر الأصلي', en: 'Original' },
  noSelection: { ar: 'اختر معلمًا على الخريطة', en: 'Select a feature on the map' },
  notYet: { ar: 'لم يُبلَّغ عنه بعد', en: 'Not reported yet' },
  mentions: { ar: 'الإشارات', en: 'Mentions' },
  reports: { ar: 'التقارير', en: 'Reports' },
  download: { ar: 'تنزيل الطبقة', en: 'Download layer' },
  filters: { ar: 'التصفية', en: 'Filters' },
  outlet: { ar: 'الوسيلة الإعلامية', en: 'Outlet' },
  allOutlets: { ar: 'كل الوسائل', en: 'All outlets' },
  search: { ar: 'البحث عن مكان', en: 'Search places' },
  back: { ar: 'كل المقالات', en: 'All articles' },
  undated: { ar: 'بلا تاريخ', en: 'undated' },
  area: { ar: 'المساحة', en: 'Area' },
  openCentres: { ar: 'المراكز المفتوحة', en: 'Open centres' },
  parties: { ar: 'الأطراف', en: 'Parties' },
  units: { ar: 'الوحدات الإدارية', en: 'Units' },
});
