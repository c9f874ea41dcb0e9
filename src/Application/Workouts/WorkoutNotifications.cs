using Platform.Application.Common.Localization;
using Platform.Application.Notifications.Contracts;
using Platform.Domain.Notifications;

namespace Platform.Application.Workouts;

/// <summary>
/// The training diary's notifications: a reminder after days without a workout (off until the user turns it on in
/// their preferences), and a new personal record.
/// </summary>
internal sealed class WorkoutNotificationTypes : INotificationTypes
{
    public const string Reminder = "workouts.reminder";
    public const string Record = "workouts.record";

    public IEnumerable<NotificationType> All { get; } =
    [
        new(new NotificationKind(Reminder, IsSecurity: false, DefaultInApp: false, EmailDelivery.Off),
            new("Workout reminder", "A nudge at 09:00 when you have not trained for a few days (turn it on to get it).",
                values => "Time for a workout?",
                values => $"You have not logged a workout for {Plurals.English(values.Number("days"), "day", "days")}. " +
                    "A short session keeps the habit going."),
            new("Напоминание о тренировке", "Напоминание в 09:00, если вы несколько дней не тренировались (включите, чтобы получать).",
                values => "Пора потренироваться?",
                values => $"Вы не записывали тренировок уже {Plurals.Russian(values.Number("days"), "день", "дня", "дней")}. " +
                    "Даже короткая тренировка поддержит привычку.")),
        new(new NotificationKind(Record, IsSecurity: false, DefaultInApp: true, EmailDelivery.Off),
            new("Personal record", "A set of yours beat your best estimated one-rep max of an exercise.",
                values => $"New record: {values["exercise"]}",
                values => $"{values["weight"]} × {values["reps"]} in {values["exercise"]}: an estimated one-rep max of {values["oneRepMax"]}, " +
                    $"up from {values["previous"]}."),
            new("Личный рекорд", "Ваш подход превзошёл лучший расчётный одноповторный максимум в упражнении.",
                values => $"Новый рекорд: {values["exerciseRu"]}",
                values => $"{values["weight"]} × {values["reps"]} в упражнении «{values["exerciseRu"]}»: расчётный одноповторный максимум {values["oneRepMax"]}, " +
                    $"прежний — {values["previous"]}.")),
    ];
}
