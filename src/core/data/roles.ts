// Addresses that reach a team or a mailbox, not a person: never a greeting mismatch, never a
// generic-greeting finding (there is no first name to offer).

/** Local parts (before @), or their first piece ("sales-team", "support.uk"). */
export const ROLE_LOCAL_PARTS: readonly string[] = [
  'info', 'information', 'sales', 'support', 'hello', 'hi', 'hey', 'team', 'contact', 'contacts', 'contactus',
  'admin', 'administrator', 'office', 'billing', 'accounts', 'accounting', 'finance', 'invoices', 'invoice',
  'payments', 'noreply', 'no-reply', 'no_reply', 'donotreply', 'do-not-reply', 'mailer-daemon', 'postmaster',
  'marketing', 'hr', 'jobs', 'careers', 'recruiting', 'recruitment', 'talent', 'press', 'media', 'pr', 'help',
  'helpdesk', 'service', 'services', 'customerservice', 'customercare', 'care', 'enquiries', 'enquiry',
  'inquiries', 'inquiry', 'feedback', 'partners', 'partnerships', 'bizdev', 'business', 'legal', 'privacy',
  'security', 'abuse', 'webmaster', 'hostmaster', 'it', 'ops', 'operations', 'orders', 'order', 'shop', 'store',
  'booking', 'bookings', 'reservations', 'events', 'newsletter', 'news', 'notifications', 'notification',
  'alerts', 'team', 'all', 'everyone', 'staff', 'general', 'hola', 'kontakt', 'contacto', 'ventas', 'soporte',
  'vertrieb', 'ventes', 'bonjour', 'mail', 'email', 'inbox', 'reception', 'frontdesk', 'community', 'founders',
  'investors', 'ir', 'procurement', 'purchasing', 'accountspayable', 'ap', 'ar', 'studio', 'hq', 'demo',
  'trial', 'success', 'customersuccess', 'cs', 'onboarding', 'growth', 'editor', 'editors', 'editorial',
  'submissions', 'tips', 'team', 'office', 'mailbox', 'test', 'root', 'bounce', 'bounces', 'reply', 'replies',
];

/** Words that make a display name a mailbox ("Acme Support", "Sales Team", "No Reply"). */
export const ROLE_DISPLAY_WORDS: readonly string[] = [
  'support', 'sales', 'team', 'info', 'billing', 'noreply', 'no-reply', 'helpdesk', 'help desk', 'customer service',
  'customer care', 'customer success', 'marketing', 'notifications', 'do not reply', 'no reply', 'admin',
  'accounts payable', 'accounts receivable', 'recruiting', 'careers', 'hr department', 'office', 'inbox',
  'reception', 'newsletter', 'partnerships', 'press office',
];
