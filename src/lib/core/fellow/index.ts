export { domainOfEmail, meetingCompany, type MeetingParties } from './meeting-company';
