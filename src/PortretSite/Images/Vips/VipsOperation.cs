using System.Runtime.InteropServices;

namespace PortretSite.Images.Vips;

/// <summary>
/// Calls one libvips operation by name: sets each input through a GValue of the property's own
/// type, builds it through the operation cache, and takes its output before unreferencing the
/// operation. Errors come back as <see cref="VipsException"/> with libvips's own message.
/// </summary>
internal sealed unsafe class VipsOperation : IDisposable
{
    private delegate void Assign(GValue* value, nint type);

    private readonly List<nint> _areas = [];
    private nint _operation;

    private VipsOperation(string name)
    {
        VipsRuntime.EnsureStarted();
        _operation = VipsNative.OperationNew(name);
        if (_operation == 0)
        {
            throw new VipsException($"libvips has no operation '{name}'");
        }
    }

    public static VipsImage Image(string name, Action<VipsOperation> inputs)
    {
        using var operation = new VipsOperation(name);
        inputs(operation);
        operation.Build();
        return new VipsImage(operation.GetObject("out"));
    }

    public static byte[] Buffer(string name, Action<VipsOperation> inputs)
    {
        using var operation = new VipsOperation(name);
        inputs(operation);
        operation.Build();
        return operation.GetBlob("buffer");
    }

    public VipsOperation Set(string name, int value) => Set(name, (v, type) =>
    {
        if (VipsNative.TypeFundamental(type) == VipsNative.TypeDouble)
        {
            VipsNative.ValueSetDouble(v, value);
        }
        else
        {
            VipsNative.ValueSetInt(v, value);
        }
    });

    public VipsOperation Set(string name, double value) => Set(name, (v, _) => VipsNative.ValueSetDouble(v, value));

    public VipsOperation Set(string name, bool value) => Set(name, (v, _) => VipsNative.ValueSetBoolean(v, value ? 1 : 0));

    public VipsOperation Set(string name, VipsImage image) => Set(name, (v, _) => VipsNative.ValueSetObject(v, image));

    /// <summary>A string, or the nick of an enum or flags value (<c>"down"</c>, <c>"truncated"</c>).</summary>
    public VipsOperation Set(string name, string value) => Set(name, (v, type) =>
    {
        var fundamental = VipsNative.TypeFundamental(type);
        if (fundamental == VipsNative.TypeEnum)
        {
            VipsNative.ValueSetEnum(v, EnumValue(type, value));
        }
        else if (fundamental == VipsNative.TypeFlags)
        {
            VipsNative.ValueSetFlags(v, (uint)EnumValue(type, value));
        }
        else
        {
            VipsNative.ValueSetString(v, value);
        }
    });

    public VipsOperation Set(string name, double[] values) => Set(name, (v, _) =>
    {
        fixed (double* pointer = values)
        {
            var area = VipsNative.ArrayDoubleNew(pointer, values.Length);
            _areas.Add(area);
            VipsNative.ValueSetBoxed(v, area);
        }
    });

    public void Dispose()
    {
        if (_operation != 0)
        {
            VipsNative.ObjectUnrefOutputs(_operation);
            VipsNative.ObjectUnref(_operation);
            _operation = 0;
        }

        foreach (var area in _areas)
        {
            VipsNative.AreaUnref(area);
        }

        _areas.Clear();
    }

    private static int EnumValue(nint type, string nick)
    {
        var value = VipsNative.EnumFromNick("PortretSite", type, nick);
        if (value < 0)
        {
            throw new VipsException(VipsRuntime.TakeError());
        }

        return value;
    }

    private VipsOperation Set(string name, Assign assign)
    {
        var spec = VipsNative.ObjectClassFindProperty(VipsNative.ClassOf(_operation), name);
        if (spec == 0)
        {
            throw new VipsException($"libvips operation has no argument '{name}'");
        }

        var type = VipsNative.ParamSpecValueType(spec);
        var value = default(GValue);
        VipsNative.ValueInit(&value, type);
        try
        {
            assign(&value, type);
            VipsNative.ObjectSetProperty(_operation, name, &value);
        }
        finally
        {
            VipsNative.ValueUnset(&value);
        }

        return this;
    }

    private void Build()
    {
        var built = VipsNative.CacheOperationBuild(_operation);
        if (built == 0)
        {
            throw new VipsException(VipsRuntime.TakeError());
        }

        // The cache may hand back an equivalent operation; keep that one and drop ours.
        VipsNative.ObjectUnref(_operation);
        _operation = built;
    }

    private nint GetObject(string name)
    {
        var value = default(GValue);
        VipsNative.ValueInit(&value, VipsNative.ParamSpecValueType(VipsNative.ObjectClassFindProperty(VipsNative.ClassOf(_operation), name)));
        try
        {
            VipsNative.ObjectGetProperty(_operation, name, &value);
            return VipsNative.ObjectRef(VipsNative.ValueGetObject(&value));
        }
        finally
        {
            VipsNative.ValueUnset(&value);
        }
    }

    private byte[] GetBlob(string name)
    {
        var value = default(GValue);
        VipsNative.ValueInit(&value, VipsNative.ParamSpecValueType(VipsNative.ObjectClassFindProperty(VipsNative.ClassOf(_operation), name)));
        try
        {
            VipsNative.ObjectGetProperty(_operation, name, &value);
            var data = VipsNative.BlobGet(VipsNative.ValueGetBoxed(&value), out var length);
            var bytes = new byte[(int)length];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            VipsNative.ValueUnset(&value);
        }
    }
}
