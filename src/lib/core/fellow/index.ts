export { domainOfEmail, meetingCompany, type MeetingParties } from './meeting-company';
export { attendeeDomains, FellowNote, fellowLeadId } from './note';
