import type { BodyOf, ResponseOf } from './types';

/*
 * The names the web gives to shapes of the API, every one read from the contract generated
 * from the server's OpenAPI (contract.gen.ts): none is typed by hand, so a field the server
 * renames or drops fails to compile where it is used.
 */

// Accounts
export type User = ResponseOf<'/api/me', 'get'>['user'];
export type Role = User['roles'][number]['role'];
export type UnitRole = User['roles'][number];
export type UserType = NonNullable<User['userType']>;
/** `GET /api/me`'s capabilities: what the account may do (src/domain/accounts/capabilities.ts). */
export type Capabilities = ResponseOf<'/api/me', 'get'>['capabilities'];
export type UnitCapability = Capabilities['units'][number]['capabilities'][number];
export type DeploymentCapability = Capabilities['deployment'][number];
export type Credentials = BodyOf<'/api/auth/login', 'post'>;
export type Registration = BodyOf<'/api/auth/register', 'post'>;
export type MailPreferences = ResponseOf<'/api/me/notification-preferences', 'get'>;
export type StaffMember = ResponseOf<'/api/admin/users', 'get'>['users'][number];
export type RoleGrant = BodyOf<'/api/admin/users/{userId}/roles', 'put'>['roles'][number];

// Units, their calendars, categories and mailboxes
export type Unit = ResponseOf<'/api/units', 'get'>['units'][number];
export type CalendarSettings = ResponseOf<'/api/units/{unitCode}/calendar', 'get'>;
export type WeekHours = CalendarSettings['week'];
export type DayHours = NonNullable<WeekHours['1']>;
export type HoursOverride = CalendarSettings['overrides'][number];
export type HolidayList = ResponseOf<'/api/units/{unitCode}/holidays', 'get'>;
export type Holiday = HolidayList['holidays'][number];
export type HolidayType = Holiday['type'];
export type Category = ResponseOf<'/api/units/{unitCode}/categories', 'get'>['categories'][number];
export type MailboxState = ResponseOf<'/api/units/{unitCode}/mailbox', 'get'>;
export type MailboxSettings = BodyOf<'/api/units/{unitCode}/mailbox', 'put'>;
export type HeldMail = ResponseOf<'/api/units/{unitCode}/mail/held', 'get'>['held'][number];
export type HeldMailRelease = ResponseOf<'/api/units/{unitCode}/mail/held/{heldId}/release', 'post'>;
export type AdminPpeStatus = ResponseOf<'/api/units/{unitCode}/admin-ppe', 'get'>;
export type UnitStandardResponse = ResponseOf<'/api/units/{unitCode}/standard', 'get'>;
export type StandardText = UnitStandardResponse['standard']['id'];
export type ComplaintChannel = StandardText['complaintHandling']['channels'][number];

// Tickets
export type TicketDetail = ResponseOf<'/api/tickets/{code}', 'get'>;
export type Ticket = TicketDetail['ticket'];
export type Message = TicketDetail['messages'][number];
export type Attachment = TicketDetail['attachments'][number];
export type HistoryEvent = TicketDetail['history'][number];
export type Sla = Ticket['sla'];
export type TicketStatus = Ticket['status'];
export type Tier = Ticket['tier'];
export type Channel = Ticket['channel'];
export type TicketKind = Ticket['kind'];
export type TicketType = Ticket['type'];
export type Difficulty = Sla['difficulty'];
export type SlaState = Sla['state'];
/** Every change the lifecycle knows; `allowedActions` lists those open to the user now. */
export type Action = Ticket['allowedActions'][number];
/** What every change to a ticket answers. */
export type TicketChange = ResponseOf<'/api/tickets/{code}/replies', 'post'>;
export type QueuePage = ResponseOf<'/api/tickets', 'get'>;
export type QueueTicket = QueuePage['tickets'][number];
export type QueueCounts = NonNullable<QueuePage['counts']>;
export type NewTicket = BodyOf<'/api/tickets', 'post'>;
export type UploadAnswer = ResponseOf<'/api/tickets/{code}/attachments', 'post'>;
/** `GET /api/track/{code}?pin=`: what anyone holding the code and PIN may see. */
export type TrackedTicket = ResponseOf<'/api/track/{code}', 'get'>;
export type NotificationsResponse = ResponseOf<'/api/notifications', 'get'>;
export type Notification = NotificationsResponse['notifications'][number];

// Satisfaction survey (SKM)
export type Questionnaire = ResponseOf<'/api/surveys/questionnaire', 'get'>;
export type ElementId = Questionnaire['elements'][number]['id'];
export type ProfileQuestion = keyof Questionnaire['profile'];
/** A text the API gives in both languages. */
export type Localized = Questionnaire['elements'][number]['name'];
export type SurveySubmission = BodyOf<'/api/surveys', 'post'>;
export type TicketSurveyState = ResponseOf<'/api/surveys/tickets/{code}', 'get'>;

// Reports
export type ReportSummary = ResponseOf<'/api/units/{unitCode}/reports/summary', 'get'>;
export type SkmFigures = ReportSummary['skm'];
export type TrendResponse = ResponseOf<'/api/units/{unitCode}/reports/trend', 'get'>;
export type TrendMonth = TrendResponse['months'][number];
