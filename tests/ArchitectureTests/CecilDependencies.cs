using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Platform.ArchitectureTests;

/// <summary>
/// The full names of every type a type (with its nested types: lambdas, async state machines) refers to, read from
/// its IL: base types, interfaces, fields, signatures, locals and every type, method and field its code names.
/// </summary>
internal static class CecilDependencies
{
    public static IEnumerable<string> Of(TypeDefinition type)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Visit(type, found);
        return found;
    }

    private static void Visit(TypeDefinition type, HashSet<string> found)
    {
        Add(type.BaseType, found);
        foreach (var implemented in type.Interfaces)
        {
            Add(implemented.InterfaceType, found);
        }

        foreach (var field in type.Fields)
        {
            Add(field.FieldType, found);
        }

        foreach (var method in type.Methods)
        {
            Add(method.ReturnType, found);
            foreach (var parameter in method.Parameters)
            {
                Add(parameter.ParameterType, found);
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType, found);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference referenced:
                        Add(referenced, found);
                        break;
                    case MethodReference called:
                        Add(called.DeclaringType, found);
                        Add(called.ReturnType, found);
                        foreach (var parameter in called.Parameters)
                        {
                            Add(parameter.ParameterType, found);
                        }

                        if (called is GenericInstanceMethod generic)
                        {
                            foreach (var argument in generic.GenericArguments)
                            {
                                Add(argument, found);
                            }
                        }

                        break;
                    case FieldReference field:
                        Add(field.DeclaringType, found);
                        Add(field.FieldType, found);
                        break;
                }
            }
        }

        foreach (var nested in type.NestedTypes)
        {
            Visit(nested, found);
        }
    }

    private static void Add(TypeReference? type, HashSet<string> found)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType, found);
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument, found);
                }

                return;
            case TypeSpecification specification: // arrays, by-ref, pointers
                Add(specification.ElementType, found);
                return;
            default:
                var outermost = type;
                while (outermost.DeclaringType is not null)
                {
                    outermost = outermost.DeclaringType;
                }

                found.Add(outermost.FullName);
                return;
        }
    }
}
