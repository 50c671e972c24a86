namespace SupportDesk;

public sealed record Ticket(int Id, string Customer, string Subject, string Body);
