using System.Runtime.InteropServices;

namespace PortretSite.Images.Vips;

/// <summary>A GLib <c>GValue</c>: a type and two words of data; zeroed before <c>g_value_init</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct GValue
{
    public nint Type;
    public ulong Data0;
    public ulong Data1;
}

/// <summary>
/// The few entry points of libvips and GObject that PortretSite calls: the non-variadic
/// operation API (create an operation, set its properties through GValues, build it through
/// the cache, read its outputs), the way NetVips binds libvips. Images are passed as their
/// <see cref="VipsImage"/> handle, never as a bare pointer, so the marshaller holds a reference
/// for the length of each call and an image cannot be released while native code reads it.
/// </summary>
internal static unsafe partial class VipsNative
{
    private const string Vips = "libvips.so.42";
    private const string GObject = "libgobject-2.0.so.0";
    private const string GLib = "libglib-2.0.so.0";

    // Fundamental GTypes are fixed numbers (G_TYPE_MAKE_FUNDAMENTAL(n) = n << 2).
    public const nint TypeBoolean = 5 << 2;
    public const nint TypeInt = 6 << 2;
    public const nint TypeEnum = 12 << 2;
    public const nint TypeFlags = 13 << 2;
    public const nint TypeDouble = 15 << 2;
    public const nint TypeString = 16 << 2;
    public const nint TypeBoxed = 18 << 2;
    public const nint TypeObject = 20 << 2;

    // GLogLevelFlags: G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE.
    public const int LogWarningsAndMessages = (1 << 4) | (1 << 5);

    [LibraryImport(GLib, EntryPoint = "g_log_set_handler", StringMarshalling = StringMarshalling.Utf8)]
    public static partial uint LogSetHandler(string domain, int levels, delegate* unmanaged[Cdecl]<nint, int, nint, nint, void> handler, nint data);

    [LibraryImport(Vips, EntryPoint = "vips_init", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Init(string argv0);

    [LibraryImport(Vips, EntryPoint = "vips_version")]
    public static partial int Version(int flag);

    /// <summary>A copy of the error buffer, taken and cleared under libvips's own lock; free it with <see cref="Free"/>.</summary>
    [LibraryImport(Vips, EntryPoint = "vips_error_buffer_copy")]
    public static partial nint ErrorBufferCopy();

    [LibraryImport(Vips, EntryPoint = "vips_cache_set_max")]
    public static partial void CacheSetMax(int max);

    [LibraryImport(Vips, EntryPoint = "vips_concurrency_set")]
    public static partial void ConcurrencySet(int concurrency);

    [LibraryImport(Vips, EntryPoint = "vips_operation_new", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint OperationNew(string name);

    [LibraryImport(Vips, EntryPoint = "vips_cache_operation_build")]
    public static partial nint CacheOperationBuild(nint operation);

    [LibraryImport(Vips, EntryPoint = "vips_object_unref_outputs")]
    public static partial void ObjectUnrefOutputs(nint vipsObject);

    [LibraryImport(Vips, EntryPoint = "vips_foreign_find_load", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint ForeignFindLoad(string filename);

    [LibraryImport(Vips, EntryPoint = "vips_enum_from_nick", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int EnumFromNick(string domain, nint type, string nick);

    [LibraryImport(Vips, EntryPoint = "vips_image_copy_memory")]
    public static partial nint ImageCopyMemory(VipsImage image);

    [LibraryImport(Vips, EntryPoint = "vips_image_get_fields")]
    public static partial nint ImageGetFields(VipsImage image);

    [LibraryImport(Vips, EntryPoint = "vips_image_remove", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ImageRemove(VipsImage image, string name);

    [LibraryImport(GLib, EntryPoint = "g_strfreev")]
    public static partial void StrFreeV(nint strings);

    [LibraryImport(Vips, EntryPoint = "vips_image_get_width")]
    public static partial int ImageGetWidth(VipsImage image);

    [LibraryImport(Vips, EntryPoint = "vips_image_get_height")]
    public static partial int ImageGetHeight(VipsImage image);

    [LibraryImport(Vips, EntryPoint = "vips_image_hasalpha")]
    public static partial int ImageHasAlpha(VipsImage image);

    [LibraryImport(Vips, EntryPoint = "vips_image_get_interpretation")]
    public static partial int ImageGetInterpretation(VipsImage image);

    [LibraryImport(Vips, EntryPoint = "vips_image_get_format")]
    public static partial int ImageGetFormat(VipsImage image);

    [LibraryImport(Vips, EntryPoint = "vips_image_get_typeof", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint ImageGetTypeof(VipsImage image, string name);

    [LibraryImport(Vips, EntryPoint = "vips_image_get_int", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ImageGetInt(VipsImage image, string name, out int value);

    [LibraryImport(Vips, EntryPoint = "vips_blob_get")]
    public static partial nint BlobGet(nint blob, out nuint length);

    [LibraryImport(Vips, EntryPoint = "vips_array_double_new")]
    public static partial nint ArrayDoubleNew(double* array, int count);

    [LibraryImport(Vips, EntryPoint = "vips_area_unref")]
    public static partial void AreaUnref(nint area);

    [LibraryImport(GObject, EntryPoint = "g_object_ref")]
    public static partial nint ObjectRef(nint gobject);

    [LibraryImport(GObject, EntryPoint = "g_object_unref")]
    public static partial void ObjectUnref(nint gobject);

    [LibraryImport(GObject, EntryPoint = "g_object_class_find_property", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint ObjectClassFindProperty(nint objectClass, string name);

    [LibraryImport(GObject, EntryPoint = "g_object_set_property", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void ObjectSetProperty(nint gobject, string name, GValue* value);

    [LibraryImport(GObject, EntryPoint = "g_object_get_property", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void ObjectGetProperty(nint gobject, string name, GValue* value);

    [LibraryImport(GObject, EntryPoint = "g_type_fundamental")]
    public static partial nint TypeFundamental(nint type);

    [LibraryImport(GObject, EntryPoint = "g_value_init")]
    public static partial GValue* ValueInit(GValue* value, nint type);

    [LibraryImport(GObject, EntryPoint = "g_value_unset")]
    public static partial void ValueUnset(GValue* value);

    [LibraryImport(GObject, EntryPoint = "g_value_set_boolean")]
    public static partial void ValueSetBoolean(GValue* value, int boolean);

    [LibraryImport(GObject, EntryPoint = "g_value_set_int")]
    public static partial void ValueSetInt(GValue* value, int number);

    [LibraryImport(GObject, EntryPoint = "g_value_set_double")]
    public static partial void ValueSetDouble(GValue* value, double number);

    [LibraryImport(GObject, EntryPoint = "g_value_set_string", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void ValueSetString(GValue* value, string text);

    [LibraryImport(GObject, EntryPoint = "g_value_set_enum")]
    public static partial void ValueSetEnum(GValue* value, int number);

    [LibraryImport(GObject, EntryPoint = "g_value_set_flags")]
    public static partial void ValueSetFlags(GValue* value, uint flags);

    [LibraryImport(GObject, EntryPoint = "g_value_set_object")]
    public static partial void ValueSetObject(GValue* value, VipsImage image);

    [LibraryImport(GObject, EntryPoint = "g_value_set_boxed")]
    public static partial void ValueSetBoxed(GValue* value, nint boxed);

    [LibraryImport(GObject, EntryPoint = "g_value_get_object")]
    public static partial nint ValueGetObject(GValue* value);

    [LibraryImport(GObject, EntryPoint = "g_value_get_boxed")]
    public static partial nint ValueGetBoxed(GValue* value);

    [LibraryImport(GLib, EntryPoint = "g_free")]
    public static partial void Free(nint memory);

    /// <summary>The value type of a property: <c>GParamSpec.value_type</c>, after the instance header, name and flags.</summary>
    public static nint ParamSpecValueType(nint paramSpec) => *(nint*)(paramSpec + (3 * sizeof(nint)));

    /// <summary>The class of a GObject instance: the first word of every <c>GTypeInstance</c>.</summary>
    public static nint ClassOf(nint instance) => *(nint*)instance;
}
