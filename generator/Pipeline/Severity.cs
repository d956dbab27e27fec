namespace UnderLoad.Generator.Pipeline;

public enum Severity { Warning, Error }
