using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>An agreed payment as the plan dates it: which, how much, the day the plan invoices it and the day it is then due.</summary>
/// <param name="Key">The payment.</param>
/// <param name="Amount">Its amount.</param>
/// <param name="InvoicedOn">The day the plan invoices it, in the client's calendar: its stage's due date, or the last stage's for the final payment.</param>
/// <param name="Due">The day it is then due, a business day of the client.</param>
internal readonly record struct PlannedPayment(ObligationKey Key, Money Amount, LocalDate InvoicedOn, LocalDate Due);
