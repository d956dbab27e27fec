namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// Checks a module list before a build: every product a module needs is made by a module above it. Module order is
/// meaning (a body rendered before its includes were prepared ships bare links), so it is checked, not assumed.
/// </summary>
public static class PipelineOrder
{
    public static void Check(IReadOnlyList<IModule> modules)
    {
        // Stages that run page by page are checked one by one, so a message names the stage, not the group.
        modules = modules.SelectMany(m => m is PageStages group ? group.Stages : (IEnumerable<IModule>)[m]).ToList();
        var made = new Dictionary<Product, string>();
        for (var i = 0; i < modules.Count; i++)
        {
            var module = modules[i];
            var name = module.GetType().Name;
            foreach (var need in module.Needs)
            {
                if (made.ContainsKey(need)) continue;
                var later = modules.Skip(i + 1).FirstOrDefault(m => m.Produces.Contains(need));
                throw new PipelineOrderException(later is null
                    ? $"the pipeline cannot run: {name} needs {need.Name}, which no module makes; add the module that makes it above {name}."
                    : $"the pipeline cannot run: {name} needs {need.Name}, which {later.GetType().Name} makes below it; move {name} after {later.GetType().Name}.");
            }

            foreach (var product in module.Produces) made.TryAdd(product, name);
        }
    }
}
