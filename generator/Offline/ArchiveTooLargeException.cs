namespace UnderLoad.Generator.Offline;

/// <summary>The archive would need Zip64 (65,535 entries or more, or 4 GB): <see cref="ArchiveWriter"/> leaves that to ZipArchive.</summary>
public sealed class ArchiveTooLargeException() : Exception("the archive needs Zip64");
