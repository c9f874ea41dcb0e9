using Platform.Domain.Exercises;

namespace Platform.Infrastructure.Exercises;

/// <summary>
/// The exercise catalogue every user sees: common strength, cardio and mobility exercises with English and Russian
/// names, seeded by a migration. Ids are fixed so that later migrations can change an entry; add entries at the end.
/// </summary>
internal static class ExerciseCatalogue
{
    /// <summary>When the catalogue was first seeded: the creation time of its entries.</summary>
    public static readonly DateTimeOffset SeededAt = new(2026, 12, 6, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<Exercise> Entries { get; } =
    [
        Entry(1, "Back squat", "Приседания со штангой на спине", ExerciseCategory.Strength, ["quadriceps", "glutes"], ["hamstrings", "lower_back", "adductors"], "barbell"),
        Entry(2, "Front squat", "Фронтальные приседания", ExerciseCategory.Strength, ["quadriceps"], ["glutes", "abs", "upper_back"], "barbell"),
        Entry(3, "Deadlift", "Становая тяга", ExerciseCategory.Strength, ["hamstrings", "glutes", "lower_back"], ["quadriceps", "traps", "forearms"], "barbell"),
        Entry(4, "Sumo deadlift", "Становая тяга сумо", ExerciseCategory.Strength, ["glutes", "quadriceps", "adductors"], ["hamstrings", "lower_back", "traps"], "barbell"),
        Entry(5, "Romanian deadlift", "Румынская тяга", ExerciseCategory.Strength, ["hamstrings", "glutes"], ["lower_back", "forearms"], "barbell"),
        Entry(6, "Bench press", "Жим штанги лёжа", ExerciseCategory.Strength, ["chest"], ["triceps", "shoulders"], "barbell"),
        Entry(7, "Incline bench press", "Жим штанги на наклонной скамье", ExerciseCategory.Strength, ["chest", "shoulders"], ["triceps"], "barbell"),
        Entry(8, "Close-grip bench press", "Жим штанги узким хватом", ExerciseCategory.Strength, ["triceps"], ["chest", "shoulders"], "barbell"),
        Entry(9, "Overhead press", "Жим штанги стоя", ExerciseCategory.Strength, ["shoulders"], ["triceps", "traps", "abs"], "barbell"),
        Entry(10, "Barbell row", "Тяга штанги в наклоне", ExerciseCategory.Strength, ["upper_back", "lats"], ["biceps", "lower_back", "forearms"], "barbell"),
        Entry(11, "Barbell hip thrust", "Ягодичный мост со штангой", ExerciseCategory.Strength, ["glutes"], ["hamstrings"], "barbell"),
        Entry(12, "Barbell curl", "Подъём штанги на бицепс", ExerciseCategory.Strength, ["biceps"], ["forearms"], "barbell"),
        Entry(13, "Good morning", "Наклоны со штангой на спине", ExerciseCategory.Strength, ["hamstrings", "lower_back"], ["glutes"], "barbell"),
        Entry(14, "Barbell lunge", "Выпады со штангой", ExerciseCategory.Strength, ["quadriceps", "glutes"], ["hamstrings", "adductors"], "barbell"),
        Entry(15, "Power clean", "Взятие штанги на грудь", ExerciseCategory.Strength, ["full_body"], [], "barbell"),
        Entry(16, "Barbell shrug", "Шраги со штангой", ExerciseCategory.Strength, ["traps"], ["forearms"], "barbell"),
        Entry(17, "Dumbbell bench press", "Жим гантелей лёжа", ExerciseCategory.Strength, ["chest"], ["triceps", "shoulders"], "dumbbell"),
        Entry(18, "Dumbbell fly", "Разведение гантелей лёжа", ExerciseCategory.Strength, ["chest"], ["shoulders"], "dumbbell"),
        Entry(19, "Seated dumbbell press", "Жим гантелей сидя", ExerciseCategory.Strength, ["shoulders"], ["triceps"], "dumbbell"),
        Entry(20, "Lateral raise", "Махи гантелями в стороны", ExerciseCategory.Strength, ["shoulders"], ["traps"], "dumbbell"),
        Entry(21, "Rear delt fly", "Разведение гантелей в наклоне", ExerciseCategory.Strength, ["shoulders"], ["upper_back", "traps"], "dumbbell"),
        Entry(22, "One-arm dumbbell row", "Тяга гантели одной рукой", ExerciseCategory.Strength, ["lats"], ["upper_back", "biceps"], "dumbbell"),
        Entry(23, "Dumbbell curl", "Подъём гантелей на бицепс", ExerciseCategory.Strength, ["biceps"], ["forearms"], "dumbbell"),
        Entry(24, "Hammer curl", "Молотковые сгибания", ExerciseCategory.Strength, ["biceps", "forearms"], [], "dumbbell"),
        Entry(25, "Overhead triceps extension", "Французский жим гантелью", ExerciseCategory.Strength, ["triceps"], [], "dumbbell"),
        Entry(26, "Goblet squat", "Гоблет-приседания", ExerciseCategory.Strength, ["quadriceps", "glutes"], ["abs", "adductors"], "dumbbell"),
        Entry(27, "Bulgarian split squat", "Болгарские выпады", ExerciseCategory.Strength, ["quadriceps", "glutes"], ["hamstrings", "adductors"], "dumbbell"),
        Entry(28, "Dumbbell walking lunge", "Выпады с гантелями в движении", ExerciseCategory.Strength, ["quadriceps", "glutes"], ["hamstrings", "calves"], "dumbbell"),
        Entry(29, "Leg press", "Жим ногами", ExerciseCategory.Strength, ["quadriceps", "glutes"], ["hamstrings", "adductors"], "machine"),
        Entry(30, "Leg extension", "Разгибание ног в тренажёре", ExerciseCategory.Strength, ["quadriceps"], [], "machine"),
        Entry(31, "Lying leg curl", "Сгибание ног лёжа в тренажёре", ExerciseCategory.Strength, ["hamstrings"], ["calves"], "machine"),
        Entry(32, "Standing calf raise", "Подъём на носки стоя", ExerciseCategory.Strength, ["calves"], [], "machine"),
        Entry(33, "Hip abduction machine", "Отведение бедра в тренажёре", ExerciseCategory.Strength, ["abductors"], ["glutes"], "machine"),
        Entry(34, "Chest press machine", "Жим от груди в тренажёре", ExerciseCategory.Strength, ["chest"], ["triceps", "shoulders"], "machine"),
        Entry(35, "Lat pulldown", "Тяга верхнего блока", ExerciseCategory.Strength, ["lats"], ["biceps", "upper_back"], "cable"),
        Entry(36, "Seated cable row", "Тяга нижнего блока", ExerciseCategory.Strength, ["upper_back", "lats"], ["biceps", "forearms"], "cable"),
        Entry(37, "Cable fly", "Сведение рук в кроссовере", ExerciseCategory.Strength, ["chest"], ["shoulders"], "cable"),
        Entry(38, "Triceps pushdown", "Разгибание рук на верхнем блоке", ExerciseCategory.Strength, ["triceps"], [], "cable"),
        Entry(39, "Face pull", "Тяга каната к лицу", ExerciseCategory.Strength, ["shoulders", "upper_back"], ["traps"], "cable"),
        Entry(40, "Pull-up", "Подтягивания", ExerciseCategory.Strength, ["lats"], ["biceps", "upper_back", "forearms"], "pull_up_bar"),
        Entry(41, "Chin-up", "Подтягивания обратным хватом", ExerciseCategory.Strength, ["lats", "biceps"], ["upper_back"], "pull_up_bar"),
        Entry(42, "Hanging leg raise", "Подъём ног в висе", ExerciseCategory.Strength, ["abs", "hip_flexors"], ["obliques", "forearms"], "pull_up_bar"),
        Entry(43, "Push-up", "Отжимания", ExerciseCategory.Strength, ["chest"], ["triceps", "shoulders", "abs"], "bodyweight"),
        Entry(44, "Dip", "Отжимания на брусьях", ExerciseCategory.Strength, ["chest", "triceps"], ["shoulders"], "bodyweight"),
        Entry(45, "Bodyweight squat", "Приседания без веса", ExerciseCategory.Strength, ["quadriceps", "glutes"], ["hamstrings"], "bodyweight"),
        Entry(46, "Plank", "Планка", ExerciseCategory.Strength, ["abs"], ["obliques", "lower_back", "shoulders"], "mat"),
        Entry(47, "Side plank", "Боковая планка", ExerciseCategory.Strength, ["obliques"], ["abs", "abductors"], "mat"),
        Entry(48, "Crunch", "Скручивания", ExerciseCategory.Strength, ["abs"], ["obliques"], "mat"),
        Entry(49, "Russian twist", "Русские скручивания", ExerciseCategory.Strength, ["obliques"], ["abs", "hip_flexors"], "mat"),
        Entry(50, "Back extension", "Гиперэкстензия", ExerciseCategory.Strength, ["lower_back"], ["glutes", "hamstrings"], "bench"),
        Entry(51, "Glute bridge", "Ягодичный мостик", ExerciseCategory.Strength, ["glutes"], ["hamstrings", "lower_back"], "mat"),
        Entry(52, "Kettlebell swing", "Махи гирей", ExerciseCategory.Strength, ["glutes", "hamstrings"], ["lower_back", "shoulders", "forearms"], "kettlebell"),
        Entry(53, "Turkish get-up", "Турецкий подъём", ExerciseCategory.Strength, ["full_body"], [], "kettlebell"),
        Entry(54, "Resistance band pull-apart", "Разведение резинки перед грудью", ExerciseCategory.Strength, ["upper_back", "shoulders"], ["traps"], "band"),
        Entry(55, "Running", "Бег", ExerciseCategory.Cardio, ["quadriceps", "hamstrings", "calves"], ["glutes", "hip_flexors"], "bodyweight"),
        Entry(56, "Treadmill running", "Бег на дорожке", ExerciseCategory.Cardio, ["quadriceps", "hamstrings", "calves"], ["glutes"], "treadmill"),
        Entry(57, "Walking", "Ходьба", ExerciseCategory.Cardio, ["quadriceps", "calves"], ["glutes", "hamstrings"], "bodyweight"),
        Entry(58, "Cycling", "Велосипед", ExerciseCategory.Cardio, ["quadriceps"], ["hamstrings", "calves", "glutes"], "bike"),
        Entry(59, "Rowing machine", "Гребной тренажёр", ExerciseCategory.Cardio, ["full_body"], [], "rower"),
        Entry(60, "Jump rope", "Скакалка", ExerciseCategory.Cardio, ["calves"], ["shoulders", "forearms"], "jump_rope"),
        Entry(61, "Swimming", "Плавание", ExerciseCategory.Cardio, ["full_body"], [], "bodyweight"),
        Entry(62, "Elliptical trainer", "Эллиптический тренажёр", ExerciseCategory.Cardio, ["quadriceps", "glutes"], ["hamstrings", "calves"], "machine"),
        Entry(63, "Stair climber", "Степпер", ExerciseCategory.Cardio, ["quadriceps", "glutes"], ["calves", "hamstrings"], "machine"),
        Entry(64, "Burpee", "Бёрпи", ExerciseCategory.Cardio, ["full_body"], [], "bodyweight"),
        Entry(65, "Mountain climber", "Скалолаз", ExerciseCategory.Cardio, ["abs", "hip_flexors"], ["shoulders", "quadriceps"], "bodyweight"),
        Entry(66, "Hip flexor stretch", "Растяжка сгибателей бедра", ExerciseCategory.Mobility, ["hip_flexors"], ["quadriceps"], "mat"),
        Entry(67, "Hamstring stretch", "Растяжка задней поверхности бедра", ExerciseCategory.Mobility, ["hamstrings"], ["calves"], "mat"),
        Entry(68, "Cat-cow", "Кошка-корова", ExerciseCategory.Mobility, ["lower_back"], ["upper_back", "abs"], "mat"),
        Entry(69, "Pigeon pose", "Поза голубя", ExerciseCategory.Mobility, ["glutes", "hip_flexors"], [], "mat"),
        Entry(70, "Thoracic rotation", "Ротация грудного отдела", ExerciseCategory.Mobility, ["upper_back"], ["obliques"], "mat"),
        Entry(71, "World's greatest stretch", "Растяжка «лучшая в мире»", ExerciseCategory.Mobility, ["full_body"], [], "mat"),
        Entry(72, "Shoulder dislocate", "Выкруты с резинкой", ExerciseCategory.Mobility, ["shoulders"], ["upper_back", "chest"], "band"),
        Entry(73, "Foam rolling", "Миофасциальный релиз роллом", ExerciseCategory.Mobility, ["full_body"], [], "foam_roller"),
    ];

    /// <summary>The catalogue's id for entry <paramref name="number"/>: UUIDv7-shaped, of the seeding time.</summary>
    public static Guid IdOf(int number) => Guid.Parse($"019af148-b000-7000-8000-{number:D12}");

    private static Exercise Entry(
        int number, string nameEn, string nameRu, ExerciseCategory category, string[] primary, string[] secondary, string equipment) =>
        Exercise.Catalogue(IdOf(number), nameEn, nameRu, category, primary, secondary, equipment, SeededAt);
}
