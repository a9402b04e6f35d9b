import{t as e}from"./preload-helper-BzputcT5.js";var t,n,r,i,a,o,s,c,l,u,d,f={},p=[],m=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,h=Array.isArray;function g(e,t){for(var n in t)e[n]=t[n];return e}function ee(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function _(e,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?t.call(arguments,2):r),typeof e==`function`&&e.defaultProps!=null)for(o in e.defaultProps)s[o]===void 0&&(s[o]=e.defaultProps[o]);return v(e,s,i,a,null)}function v(e,t,i,a,o){var s={type:e,props:t,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++r,__i:-1,__u:0};return o==null&&n.vnode!=null&&n.vnode(s),s}function y(e){return e.children}function b(e,t){this.props=e,this.context=t}function te(e,t){if(t==null)return e.__?te(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?te(e):null}function x(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return x(e)}}function S(e){(!e.__d&&(e.__d=!0)&&i.push(e)&&!ne.__r++||a!=n.debounceRendering)&&((a=n.debounceRendering)||o)(ne)}function ne(){for(var e,t,r,a,o,c,l,u=1;i.length;)i.length>u&&i.sort(s),e=i.shift(),u=i.length,e.__d&&(r=void 0,a=void 0,o=(a=(t=e).__v).__e,c=[],l=[],t.__P&&((r=g({},a)).__v=a.__v+1,n.vnode&&n.vnode(r),ue(t.__P,r,a,t.__n,t.__P.namespaceURI,32&a.__u?[o]:null,c,o??te(a),!!(32&a.__u),l),r.__v=a.__v,r.__.__k[r.__i]=r,fe(c,r,l),a.__e=a.__=null,r.__e!=o&&x(r)));ne.__r=0}function re(e,t,n,r,i,a,o,s,c,l,u){var d,m,h,g,ee,_,v,y=r&&r.__k||p,b=t.length;for(c=ie(n,t,y,c,b),d=0;d<b;d++)(h=n.__k[d])!=null&&(m=h.__i==-1?f:y[h.__i]||f,h.__i=d,_=ue(e,h,m,i,a,o,s,c,l,u),g=h.__e,h.ref&&m.ref!=h.ref&&(m.ref&&he(m.ref,null,h),u.push(h.ref,h.__c||g,h)),ee==null&&g!=null&&(ee=g),(v=!!(4&h.__u))||m.__k===h.__k?c=ae(h,c,e,v):typeof h.type==`function`&&_!==void 0?c=_:g&&(c=g.nextSibling),h.__u&=-7);return n.__e=ee,c}function ie(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(c=a+f,(o=e.__k[a]=typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?v(null,o,null,null,null):h(o)?v(y,{children:o},null,null,null):o.constructor==null&&o.__b>0?v(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):o).__=e,o.__b=e.__b+1,s=null,(l=o.__i=oe(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=te(s)),ge(s,s));return r}function ae(e,t,n,r){var i,a;if(typeof e.type==`function`){for(i=e.__k,a=0;i&&a<i.length;a++)i[a]&&(i[a].__=e,t=ae(i[a],t,n,r));return t}e.__e!=t&&(r&&(t&&e.type&&!t.parentNode&&(t=te(e)),n.insertBefore(e.__e,t||null)),t=e.__e);do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function oe(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&e.key==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function se(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||m.test(t)?n:n+`px`}function ce(e,t,n,r,i){var a,o;n:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||se(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||se(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(c,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n.u=r.u:(n.u=l,e.addEventListener(t,a?d:u,a)):e.removeEventListener(t,a?d:u,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break n}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function le(e){return function(t){if(this.l){var r=this.l[t.type+e];if(t.t==null)t.t=l++;else if(t.t<r.u)return;return r(n.event?n.event(t):t)}}}function ue(e,t,r,i,a,o,s,c,l,u){var d,f,p,m,_,v,te,x,S,ne,ie,ae,oe,se,ce,le,ue,fe=t.type;if(t.constructor!=null)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=t.__e=r.__e]),(d=n.__b)&&d(t);n:if(typeof fe==`function`)try{if(x=t.props,S=`prototype`in fe&&fe.prototype.render,ne=(d=fe.contextType)&&i[d.__c],ie=d?ne?ne.props.value:d.__:i,r.__c?te=(f=t.__c=r.__c).__=f.__E:(S?t.__c=f=new fe(x,ie):(t.__c=f=new b(x,ie),f.constructor=fe,f.render=_e),ne&&ne.sub(f),f.props=x,f.state||(f.state={}),f.context=ie,f.__n=i,p=f.__d=!0,f.__h=[],f._sb=[]),S&&f.__s==null&&(f.__s=f.state),S&&fe.getDerivedStateFromProps!=null&&(f.__s==f.state&&(f.__s=g({},f.__s)),g(f.__s,fe.getDerivedStateFromProps(x,f.__s))),m=f.props,_=f.state,f.__v=t,p)S&&fe.getDerivedStateFromProps==null&&f.componentWillMount!=null&&f.componentWillMount(),S&&f.componentDidMount!=null&&f.__h.push(f.componentDidMount);else{if(S&&fe.getDerivedStateFromProps==null&&x!==m&&f.componentWillReceiveProps!=null&&f.componentWillReceiveProps(x,ie),!f.__e&&f.shouldComponentUpdate!=null&&!1===f.shouldComponentUpdate(x,f.__s,ie)||t.__v==r.__v){for(t.__v!=r.__v&&(f.props=x,f.state=f.__s,f.__d=!1),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(e){e&&(e.__=t)}),ae=0;ae<f._sb.length;ae++)f.__h.push(f._sb[ae]);f._sb=[],f.__h.length&&s.push(f);break n}f.componentWillUpdate!=null&&f.componentWillUpdate(x,f.__s,ie),S&&f.componentDidUpdate!=null&&f.__h.push(function(){f.componentDidUpdate(m,_,v)})}if(f.context=ie,f.props=x,f.__P=e,f.__e=!1,oe=n.__r,se=0,S){for(f.state=f.__s,f.__d=!1,oe&&oe(t),d=f.render(f.props,f.state,f.context),ce=0;ce<f._sb.length;ce++)f.__h.push(f._sb[ce]);f._sb=[]}else do f.__d=!1,oe&&oe(t),d=f.render(f.props,f.state,f.context),f.state=f.__s;while(f.__d&&++se<25);f.state=f.__s,f.getChildContext!=null&&(i=g(g({},i),f.getChildContext())),S&&!p&&f.getSnapshotBeforeUpdate!=null&&(v=f.getSnapshotBeforeUpdate(m,_)),le=d,d!=null&&d.type===y&&d.key==null&&(le=pe(d.props.children)),c=re(e,h(le)?le:[le],t,r,i,a,o,s,c,l,u),f.base=t.__e,t.__u&=-161,f.__h.length&&s.push(f),te&&(f.__E=f.__=null)}catch(e){if(t.__v=null,l||o!=null){if(e.then){for(t.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o[o.indexOf(c)]=null,t.__e=c}else{for(ue=o.length;ue--;)ee(o[ue]);de(t)}}else t.__e=r.__e,t.__k=r.__k,e.then||de(t);n.__e(e,t,r)}else o==null&&t.__v==r.__v?(t.__k=r.__k,t.__e=r.__e):c=t.__e=me(r.__e,t,r,i,a,o,s,l,u);return(d=n.diffed)&&d(t),128&t.__u?void 0:c}function de(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(de)}function fe(e,t,r){for(var i=0;i<r.length;i++)he(r[i],r[++i],r[++i]);n.__c&&n.__c(t,e),e.some(function(t){try{e=t.__h,t.__h=[],e.some(function(e){e.call(t)})}catch(e){n.__e(e,t.__v)}})}function pe(e){return typeof e!=`object`||!e||e.__b&&e.__b>0?e:h(e)?e.map(pe):g({},e)}function me(e,r,i,a,o,s,c,l,u){var d,p,m,g,_,v,y,b=i.props,x=r.props,S=r.type;if(S==`svg`?o=`http://www.w3.org/2000/svg`:S==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(d=0;d<s.length;d++)if((_=s[d])&&`setAttribute`in _==!!S&&(S?_.localName==S:_.nodeType==3)){e=_,s[d]=null;break}}if(e==null){if(S==null)return document.createTextNode(x);e=document.createElementNS(o,S,x.is&&x),l&&=(n.__m&&n.__m(r,s),!1),s=null}if(S==null)b===x||l&&e.data==x||(e.data=x);else{if(s&&=t.call(e.childNodes),b=i.props||f,!l&&s!=null)for(b={},d=0;d<e.attributes.length;d++)b[(_=e.attributes[d]).name]=_.value;for(d in b)if(_=b[d],d!=`children`){if(d==`dangerouslySetInnerHTML`)m=_;else if(!(d in x)){if(d==`value`&&`defaultValue`in x||d==`checked`&&`defaultChecked`in x)continue;ce(e,d,null,_,o)}}for(d in x)_=x[d],d==`children`?g=_:d==`dangerouslySetInnerHTML`?p=_:d==`value`?v=_:d==`checked`?y=_:l&&typeof _!=`function`||b[d]===_||ce(e,d,_,b[d],o);if(p)l||m&&(p.__html==m.__html||p.__html==e.innerHTML)||(e.innerHTML=p.__html),r.__k=[];else if(m&&(e.innerHTML=``),re(r.type==`template`?e.content:e,h(g)?g:[g],r,i,a,S==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&te(i,0),l,u),s!=null)for(d=s.length;d--;)ee(s[d]);l||(d=`value`,S==`progress`&&v==null?e.removeAttribute(`value`):v!=null&&(v!==e[d]||S==`progress`&&!v||S==`option`&&v!=b[d])&&ce(e,d,v,b[d],o),d=`checked`,y!=null&&y!=e[d]&&ce(e,d,y,b[d],o))}return e}function he(e,t,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&t==null||(e.__u=e(t))}else e.current=t}catch(e){n.__e(e,r)}}function ge(e,t,r){var i,a;if(n.unmount&&n.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||he(i,null,t)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){n.__e(e,t)}i.base=i.__P=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&ge(i[a],t,r||typeof e.type!=`function`);r||ee(e.__e),e.__c=e.__=e.__e=void 0}function _e(e,t,n){return this.constructor(e,n)}function ve(e,r,i){var a,o,s,c;r==document&&(r=document.documentElement),n.__&&n.__(e,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],ue(r,e=(!a&&i||r).__k=_(y,null,[e]),o||f,f,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?t.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),fe(s,e,c)}t=p.slice,n={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},r=0,b.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=g({},this.state);typeof e==`function`&&(e=e(g({},n),this.props)),e&&g(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),S(this))},b.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),S(this))},b.prototype.render=y,i=[],o=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,s=function(e,t){return e.__v.__b-t.__v.__b},ne.__r=0,c=/(PointerCapture)$|Capture$/i,l=0,u=le(!1),d=le(!0);var ye,C,be,xe,Se=0,Ce=[],w=n,we=w.__b,Te=w.__r,Ee=w.diffed,De=w.__c,Oe=w.unmount,ke=w.__;function Ae(e,t){w.__h&&w.__h(C,e,Se||t),Se=0;var n=C.__H||(C.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function T(e){return Se=1,je(Be,e)}function je(e,t,n){var r=Ae(ye++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Be(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=C,!C.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=r.__c.__H.__.filter(function(e){return!!e.__c});if(i.every(function(e){return!e.__N}))return!a||a.call(this,e,t,n);var o=r.__c.props!==e;return i.forEach(function(e){if(e.__N){var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a&&a.call(this,e,t,n)||o};C.__f=!0;var a=C.shouldComponentUpdate,o=C.componentWillUpdate;C.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},C.shouldComponentUpdate=i}return r.__N||r.__}function E(e,t){var n=Ae(ye++,3);!w.__s&&ze(n.__H,t)&&(n.__=e,n.u=t,C.__H.__h.push(n))}function Me(e){return Se=5,Ne(function(){return{current:e}},[])}function Ne(e,t){var n=Ae(ye++,7);return ze(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Pe(){for(var e;e=Ce.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Le),e.__H.__h.forEach(Re),e.__H.__h=[]}catch(t){e.__H.__h=[],w.__e(t,e.__v)}}w.__b=function(e){C=null,we&&we(e)},w.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),ke&&ke(e,t)},w.__r=function(e){Te&&Te(e),ye=0;var t=(C=e.__c).__H;t&&(be===C?(t.__h=[],C.__h=[],t.__.forEach(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.forEach(Le),t.__h.forEach(Re),t.__h=[],ye=0)),be=C},w.diffed=function(e){Ee&&Ee(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(Ce.push(t)!==1&&xe===w.requestAnimationFrame||((xe=w.requestAnimationFrame)||Ie)(Pe)),t.__H.__.forEach(function(e){e.u&&(e.__H=e.u),e.u=void 0})),be=C=null},w.__c=function(e,t){t.some(function(e){try{e.__h.forEach(Le),e.__h=e.__h.filter(function(e){return!e.__||Re(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],w.__e(n,e.__v)}}),De&&De(e,t)},w.unmount=function(e){Oe&&Oe(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(e){try{Le(e)}catch(e){t=e}}),n.__H=void 0,t&&w.__e(t,n.__v))};var Fe=typeof requestAnimationFrame==`function`;function Ie(e){var t,n=function(){clearTimeout(r),Fe&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Fe&&(t=requestAnimationFrame(n))}function Le(e){var t=C,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),C=t}function Re(e){var t=C;e.__c=e.__(),C=t}function ze(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Be(e,t){return typeof t==`function`?t(e):t}var Ve=function(e,t,n,r){var i;t[0]=0;for(var a=1;a<t.length;a++){var o=t[a++],s=t[a]?(t[0]|=o?1:2,n[t[a++]]):t[++a];o===3?r[0]=s:o===4?r[1]=Object.assign(r[1]||{},s):o===5?(r[1]=r[1]||{})[t[++a]]=s:o===6?r[1][t[++a]]+=s+``:o?(i=e.apply(s,Ve(e,s,n,[``,null])),r.push(i),s[0]?t[0]|=2:(t[a-2]=0,t[a]=i)):r.push(s)}return r},He=new Map;function Ue(e){var t=He.get(this);return t||(t=new Map,He.set(this,t)),(t=Ve(this,t.get(e)||(t.set(e,t=function(e){for(var t,n,r=1,i=``,a=``,o=[0],s=function(e){r===1&&(e||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,``)))?o.push(0,e,i):r===3&&(e||i)?(o.push(3,e,i),r=2):r===2&&i===`...`&&e?o.push(4,e,0):r===2&&i&&!e?o.push(5,0,!0,i):r>=5&&((i||!e&&r===5)&&(o.push(r,0,i,n),r=6),e&&(o.push(r,e,0,n),r=6)),i=``},c=0;c<e.length;c++){c&&(r===1&&s(),s(c));for(var l=0;l<e[c].length;l++)t=e[c][l],r===1?t===`<`?(s(),o=[o],r=3):i+=t:r===4?i===`--`&&t===`>`?(r=1,i=``):i=t+i[0]:a?t===a?a=``:i+=t:t===`"`||t===`'`?a=t:t===`>`?(s(),r=1):r&&(t===`=`?(r=5,n=i,i=``):t===`/`&&(r<5||e[c][l+1]===`>`)?(s(),r===3&&(o=o[0]),r=o,(o=o[0]).push(2,0,r),r=0):t===` `||t===`	`||t===`
`||t===`\r`?(s(),r=2):i+=t),r===3&&i===`!--`&&(r=4,o=o[0])}return s(),o}(e)),t),arguments,[])).length>1?t:t[0]}var D=Ue.bind(_),We={NAME:`Name`,DOCUMENT:`Document`,OPERATION_DEFINITION:`OperationDefinition`,VARIABLE_DEFINITION:`VariableDefinition`,SELECTION_SET:`SelectionSet`,FIELD:`Field`,ARGUMENT:`Argument`,FRAGMENT_SPREAD:`FragmentSpread`,INLINE_FRAGMENT:`InlineFragment`,FRAGMENT_DEFINITION:`FragmentDefinition`,VARIABLE:`Variable`,INT:`IntValue`,FLOAT:`FloatValue`,STRING:`StringValue`,BOOLEAN:`BooleanValue`,NULL:`NullValue`,ENUM:`EnumValue`,LIST:`ListValue`,OBJECT:`ObjectValue`,OBJECT_FIELD:`ObjectField`,DIRECTIVE:`Directive`,NAMED_TYPE:`NamedType`,LIST_TYPE:`ListType`,NON_NULL_TYPE:`NonNullType`},Ge=class extends Error{constructor(e,t,n,r,i,a,o){super(e),this.name=`GraphQLError`,this.message=e,i&&(this.path=i),t&&(this.nodes=Array.isArray(t)?t:[t]),n&&(this.source=n),r&&(this.positions=r),a&&(this.originalError=a);var s=o;if(!s&&a){var c=a.extensions;c&&typeof c==`object`&&(s=c)}this.extensions=s||{}}toJSON(){return{...this,message:this.message}}toString(){return this.message}get[Symbol.toStringTag](){return`GraphQLError`}},O,k;function A(e){return new Ge(`Syntax Error: Unexpected token at ${k} in ${e}`)}function Ke(e){if(e.lastIndex=k,e.test(O))return O.slice(k,k=e.lastIndex)}var qe=/ +(?=[^\s])/y;function Je(e){for(var t=e.split(`
`),n=``,r=0,i=0,a=t.length-1,o=0;o<t.length;o++)qe.lastIndex=0,qe.test(t[o])&&(o&&(!r||qe.lastIndex<r)&&(r=qe.lastIndex),i||=o,a=o);for(var s=i;s<=a;s++)s!==i&&(n+=`
`),n+=t[s].slice(r).replace(/\\"""/g,`"""`);return n}function j(){for(var e=0|O.charCodeAt(k++);e===9||e===10||e===13||e===32||e===35||e===44||e===65279;e=0|O.charCodeAt(k++))if(e===35)for(;(e=0|O.charCodeAt(k++))&&e!==10&&e!==13;);k--}function Ye(){for(var e=k,t=0|O.charCodeAt(k++);t>=48&&t<=57||t>=65&&t<=90||t===95||t>=97&&t<=122;t=0|O.charCodeAt(k++));if(e===k-1)throw A(`Name`);var n=O.slice(e,--k);return j(),n}function M(){return{kind:`Name`,value:Ye()}}var Xe=/(?:"""|(?:[\s\S]*?[^\\])""")/y,Ze=/(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;function Qe(e){var t;switch(O.charCodeAt(k)){case 91:k++,j();for(var n=[];O.charCodeAt(k)!==93;)n.push(Qe(e));return k++,j(),{kind:`ListValue`,values:n};case 123:k++,j();for(var r=[];O.charCodeAt(k)!==125;){var i=M();if(O.charCodeAt(k++)!==58)throw A(`ObjectField`);j(),r.push({kind:`ObjectField`,name:i,value:Qe(e)})}return k++,j(),{kind:`ObjectValue`,fields:r};case 36:if(e)throw A(`Variable`);return k++,{kind:`Variable`,name:M()};case 34:if(O.charCodeAt(k+1)===34&&O.charCodeAt(k+2)===34){if(k+=3,(t=Ke(Xe))==null)throw A(`StringValue`);return j(),{kind:`StringValue`,value:Je(t.slice(0,-3)),block:!0}}var a=k,o;k++;var s=!1;for(o=0|O.charCodeAt(k++);o===92&&(k++,s=!0)||o!==10&&o!==13&&o!==34&&o;o=0|O.charCodeAt(k++));if(o!==34)throw A(`StringValue`);return t=O.slice(a,k),j(),{kind:`StringValue`,value:s?JSON.parse(t):t.slice(1,-1),block:!1};case 45:case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:for(var c=k++,l;(l=0|O.charCodeAt(k++))>=48&&l<=57;);var u=O.slice(c,--k);if((l=O.charCodeAt(k))===46||l===69||l===101){if((t=Ke(Ze))==null)throw A(`FloatValue`);return j(),{kind:`FloatValue`,value:u+t}}return j(),{kind:`IntValue`,value:u};case 110:if(O.charCodeAt(k+1)===117&&O.charCodeAt(k+2)===108&&O.charCodeAt(k+3)===108)return k+=4,j(),{kind:`NullValue`};break;case 116:if(O.charCodeAt(k+1)===114&&O.charCodeAt(k+2)===117&&O.charCodeAt(k+3)===101)return k+=4,j(),{kind:`BooleanValue`,value:!0};break;case 102:if(O.charCodeAt(k+1)===97&&O.charCodeAt(k+2)===108&&O.charCodeAt(k+3)===115&&O.charCodeAt(k+4)===101)return k+=5,j(),{kind:`BooleanValue`,value:!1}}return{kind:`EnumValue`,value:Ye()}}function $e(e){if(O.charCodeAt(k)===40){var t=[];k++,j();do{var n=M();if(O.charCodeAt(k++)!==58)throw A(`Argument`);j(),t.push({kind:`Argument`,name:n,value:Qe(e)})}while(O.charCodeAt(k)!==41);return k++,j(),t}}function et(e){if(O.charCodeAt(k)===64){var t=[];do k++,t.push({kind:`Directive`,name:M(),arguments:$e(e)});while(O.charCodeAt(k)===64);return t}}function tt(){for(var e=0;O.charCodeAt(k)===91;)e++,k++,j();var t={kind:`NamedType`,name:M()};do if(O.charCodeAt(k)===33&&(k++,j(),t={kind:`NonNullType`,type:t}),e){if(O.charCodeAt(k++)!==93)throw A(`NamedType`);j(),t={kind:`ListType`,type:t}}while(e--);return t}function nt(){if(O.charCodeAt(k++)!==123)throw A(`SelectionSet`);return j(),rt()}function rt(){var e=[];do if(O.charCodeAt(k)===46){if(O.charCodeAt(++k)!==46||O.charCodeAt(++k)!==46)throw A(`SelectionSet`);switch(k++,j(),O.charCodeAt(k)){case 64:e.push({kind:`InlineFragment`,typeCondition:void 0,directives:et(!1),selectionSet:nt()});break;case 111:O.charCodeAt(k+1)===110?(k+=2,j(),e.push({kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:M()},directives:et(!1),selectionSet:nt()})):e.push({kind:`FragmentSpread`,name:M(),directives:et(!1)});break;case 123:k++,j(),e.push({kind:`InlineFragment`,typeCondition:void 0,directives:void 0,selectionSet:rt()});break;default:e.push({kind:`FragmentSpread`,name:M(),directives:et(!1)})}}else{var t=M(),n=void 0;O.charCodeAt(k)===58&&(k++,j(),n=t,t=M());var r=$e(!1),i=et(!1),a=void 0;O.charCodeAt(k)===123&&(k++,j(),a=rt()),e.push({kind:`Field`,alias:n,name:t,arguments:r,directives:i,selectionSet:a})}while(O.charCodeAt(k)!==125);return k++,j(),{kind:`SelectionSet`,selections:e}}function it(){if(j(),O.charCodeAt(k)===40){var e=[];k++,j();do{var t=void 0;if(O.charCodeAt(k)===34&&(t=Qe(!0)),O.charCodeAt(k++)!==36)throw A(`Variable`);var n=M();if(O.charCodeAt(k++)!==58)throw A(`VariableDefinition`);j();var r=tt(),i=void 0;O.charCodeAt(k)===61&&(k++,j(),i=Qe(!0)),j();var a={kind:`VariableDefinition`,variable:{kind:`Variable`,name:n},type:r,defaultValue:i,directives:et(!0)};t&&(a.description=t),e.push(a)}while(O.charCodeAt(k)!==41);return k++,j(),e}}function at(e){var t=M();if(O.charCodeAt(k++)!==111||O.charCodeAt(k++)!==110)throw A(`FragmentDefinition`);j();var n={kind:`FragmentDefinition`,name:t,typeCondition:{kind:`NamedType`,name:M()},directives:et(!1),selectionSet:nt()};return e&&(n.description=e),n}function ot(){var e=[];do{var t=void 0;if(O.charCodeAt(k)===34&&(t=Qe(!0)),O.charCodeAt(k)===123){if(t)throw A(`Document`);k++,j(),e.push({kind:`OperationDefinition`,operation:`query`,name:void 0,variableDefinitions:void 0,directives:void 0,selectionSet:rt()})}else{var n=Ye();switch(n){case`fragment`:e.push(at(t));break;case`query`:case`mutation`:case`subscription`:var r,i=void 0;(r=O.charCodeAt(k))!==40&&r!==64&&r!==123&&(i=M());var a={kind:`OperationDefinition`,operation:n,name:i,variableDefinitions:it(),directives:et(!1),selectionSet:nt()};t&&(a.description=t),e.push(a);break;default:throw A(`Document`)}}}while(k<O.length);return e}function st(e,t){return O=e.body?e.body:e,k=0,j(),t&&t.noLocation?{kind:`Document`,definitions:ot()}:{kind:`Document`,definitions:ot(),loc:{start:0,end:O.length,startToken:void 0,endToken:void 0,source:{body:O,name:`graphql.web`,locationOffset:{line:1,column:1}}}}}var ct={};function lt(e,t){var n=[],r=[];try{var i=function e(i,a,o){var s=!1,c=t[i.kind]&&t[i.kind].enter||t[i.kind]||t.enter,l=c&&c.call(t,i,a,o,r,n);if(!1===l)return i;if(l===null)return null;if(l===ct)throw ct;l&&typeof l.kind==`string`&&(s=l!==i,i=l),o&&n.push(o);var u,d={...i};for(var f in i){r.push(f);var p=i[f];if(Array.isArray(p)){for(var m=[],h=0;h<p.length;h++)p[h]!=null&&typeof p[h].kind==`string`&&(n.push(i),r.push(h),u=e(p[h],h,p),r.pop(),n.pop(),u==null?s=!0:(s||=u!==p[h],m.push(u)));p=m}else p!=null&&typeof p.kind==`string`&&(u=e(p,f,i))!==void 0&&(s||=p!==u,p=u);r.pop(),s&&(d[f]=p)}o&&n.pop();var g=t[i.kind]&&t[i.kind].leave||t.leave,ee=g&&g.call(t,i,a,o,r,n);if(ee===ct)throw ct;return ee===void 0?l===void 0?s?d:i:s?d:l:ee}(e);return i!==void 0&&!1!==i?i:e}catch(t){if(t!==ct)throw t;return e}}function N(e,t,n){for(var r=``,i=0;i<e.length;i++)i&&(r+=t),r+=n(e[i]);return r}function ut(e){return JSON.stringify(e)}function dt(e){return`"""
`+e.replace(/"""/g,`\\"""`)+`
"""`}var ft=`
`,P={OperationDefinition(e){var t=``;e.description&&(t+=P.StringValue(e.description)+`
`),t+=e.operation,e.name&&(t+=` `+e.name.value),e.variableDefinitions&&e.variableDefinitions.length&&(e.name||(t+=` `),t+=`(`+N(e.variableDefinitions,`, `,P.VariableDefinition)+`)`),e.directives&&e.directives.length&&(t+=` `+N(e.directives,` `,P.Directive));var n=P.SelectionSet(e.selectionSet);return t===`query`?n:t+` `+n},VariableDefinition(e){var t=``;return e.description&&(t+=P.StringValue(e.description)+` `),t+=P.Variable(e.variable)+`: `+pt(e.type),e.defaultValue&&(t+=` = `+pt(e.defaultValue)),e.directives&&e.directives.length&&(t+=` `+N(e.directives,` `,P.Directive)),t},Field(e){var t=e.alias?e.alias.value+`: `+e.name.value:e.name.value;if(e.arguments&&e.arguments.length){var n=N(e.arguments,`, `,P.Argument);t.length+n.length+2>80?t+=`(`+(ft+=`  `)+N(e.arguments,ft,P.Argument)+(ft=ft.slice(0,-2))+`)`:t+=`(`+n+`)`}return e.directives&&e.directives.length&&(t+=` `+N(e.directives,` `,P.Directive)),e.selectionSet&&e.selectionSet.selections.length&&(t+=` `+P.SelectionSet(e.selectionSet)),t},StringValue(e){return e.block?dt(e.value).replace(/\n/g,ft):ut(e.value)},BooleanValue:e=>``+e.value,NullValue:e=>`null`,IntValue:e=>e.value,FloatValue:e=>e.value,EnumValue:e=>e.value,Name:e=>e.value,Variable:e=>`$`+e.name.value,ListValue:e=>`[`+N(e.values,`, `,pt)+`]`,ObjectValue:e=>`{`+N(e.fields,`, `,P.ObjectField)+`}`,ObjectField:e=>e.name.value+`: `+pt(e.value),Document(e){return!e.definitions||!e.definitions.length?``:N(e.definitions,`

`,pt)},SelectionSet:e=>`{`+(ft+=`  `)+N(e.selections,ft,pt)+(ft=ft.slice(0,-2))+`}`,Argument:e=>e.name.value+`: `+pt(e.value),FragmentSpread(e){var t=`...`+e.name.value;return e.directives&&e.directives.length&&(t+=` `+N(e.directives,` `,P.Directive)),t},InlineFragment(e){var t=`...`;return e.typeCondition&&(t+=` on `+e.typeCondition.name.value),e.directives&&e.directives.length&&(t+=` `+N(e.directives,` `,P.Directive)),t+=` `+P.SelectionSet(e.selectionSet)},FragmentDefinition(e){var t=``;return e.description&&(t+=P.StringValue(e.description)+`
`),t+=`fragment `+e.name.value,t+=` on `+e.typeCondition.name.value,e.directives&&e.directives.length&&(t+=` `+N(e.directives,` `,P.Directive)),t+` `+P.SelectionSet(e.selectionSet)},Directive(e){var t=`@`+e.name.value;return e.arguments&&e.arguments.length&&(t+=`(`+N(e.arguments,`, `,P.Argument)+`)`),t},NamedType:e=>e.name.value,ListType:e=>`[`+pt(e.type)+`]`,NonNullType:e=>pt(e.type)+`!`},pt=e=>P[e.kind](e);function mt(e){return ft=`
`,P[e.kind]?P[e.kind](e):``}var ht={"X-Walker-CSRF":`1`},gt=``,_t=class extends Error{field;constructor(e,t=``){super(e),this.field=t}};async function vt(e,t,n={}){return fetch(e,{method:`POST`,credentials:`same-origin`,headers:{"Content-Type":`application/json`,...n},body:JSON.stringify(t??{})})}var yt=`walker.session`;async function bt(e){if(!e.ok)throw new _t(e.status===429?`Too many attempts: wait a moment.`:`Sign-in failed.`);gt=(await e.json()).accessToken,localStorage.setItem(yt,`1`)}var xt=null;function St(){return xt??=(async()=>{if(!localStorage.getItem(yt))return!1;let e=await vt(`/auth/refresh`,{},ht);return e.ok?(await bt(e),!0):(localStorage.removeItem(yt),!1)})().finally(()=>xt=null),xt}async function Ct(e){let t=await vt(`/auth/register/begin`,e,gt?{Authorization:`Bearer ${gt}`}:{});if(!t.ok){if(t.status!==400)throw new _t(`This invitation link is not valid any more: ask your admin for a new one.`);let e=(await t.json().catch(()=>null))?.errors?.[0];throw new _t(e?.message??`Check the form.`,e?.extensions?.field)}let n=await t.json(),r=await navigator.credentials.create({publicKey:PublicKeyCredential.parseCreationOptionsFromJSON(n.publicKey)});if(!r)throw new _t(`No passkey was created.`);await bt(await vt(`/auth/register/finish`,r.toJSON()))}async function wt(e,t=!1){let n=await vt(`/auth/login/begin`,{});if(!n.ok)throw new _t(`Sign-in is not available right now.`);let r=await n.json(),i=await navigator.credentials.get({publicKey:PublicKeyCredential.parseRequestOptionsFromJSON(r.publicKey),mediation:t?`conditional`:`optional`,signal:e});if(!i)throw new _t(`No passkey was chosen.`);await bt(await vt(`/auth/login/finish`,i.toJSON()))}async function Tt(e=!1){e&&await vt(`/auth/logout-everywhere`,{},{Authorization:`Bearer ${gt}`}),await vt(`/auth/logout`,{},ht),gt=``,localStorage.removeItem(yt)}var Et=class extends Error{},Dt=class extends Error{code;status;field;current;retryAfter;constructor(e,t,n,r=``,i,a=0){super(e),this.code=t,this.status=n,this.field=r,this.current=i,this.retryAfter=a}},Ot=new Set;function kt(e){return Ot.add(e),()=>Ot.delete(e)}function At(e,t){let n=t?.cost,r=n?.throttleStatus;if(n&&r&&r.restoreRate>0)return Math.ceil((n.requestedQueryCost-r.currentlyAvailable)/r.restoreRate*1e3)+50;let i=Number(t?.retryAfter??e.headers.get(`Retry-After`));return Number.isFinite(i)&&i>0?i*1e3:1e3}function jt(){try{let{exp:e}=JSON.parse(atob(gt.split(`.`)[1].replace(/-/g,`+`).replace(/_/g,`/`)));return e*1e3-Date.now()<6e4}catch{return!0}}async function Mt(e,t){for(let n=0;;n++){jt()&&await St().catch(()=>!1);let r;try{r=await vt(`/graphql`,{query:e,variables:t},{Authorization:`Bearer ${gt}`})}catch{throw new Et(`You are offline.`)}let i=await r.json().catch(()=>null),a=i?.errors?.[0],o=i?.extensions?.cost??a?.extensions?.cost;if(o?.throttleStatus&&Ot.forEach(e=>e(o)),!a){if(r.ok&&i?.data)return i.data;throw r.status>=500||r.status===429?new Et(`The server is busy.`):new Dt(`Unexpected answer.`,`INTERNAL`,r.status)}let s=a.extensions?.code??`INTERNAL`;if(s===`UNAUTHENTICATED`&&n===0)gt=``;else throw new Dt(a.message,s,r.status,a.extensions?.field,a.extensions?.current,s===`RATE_LIMITED`?At(r,a.extensions):0)}}async function F(e,t){return await Mt(mt(e),t)}var Nt=(e,t)=>t.some(t=>e instanceof t),Pt,Ft;function It(){return Pt||=[IDBDatabase,IDBObjectStore,IDBIndex,IDBCursor,IDBTransaction]}function Lt(){return Ft||=[IDBCursor.prototype.advance,IDBCursor.prototype.continue,IDBCursor.prototype.continuePrimaryKey]}var Rt=new WeakMap,zt=new WeakMap,Bt=new WeakMap;function Vt(e){let t=new Promise((t,n)=>{let r=()=>{e.removeEventListener(`success`,i),e.removeEventListener(`error`,a)},i=()=>{t(qt(e.result)),r()},a=()=>{n(e.error),r()};e.addEventListener(`success`,i),e.addEventListener(`error`,a)});return Bt.set(t,e),t}function Ht(e){if(Rt.has(e))return;let t=new Promise((t,n)=>{let r=()=>{e.removeEventListener(`complete`,i),e.removeEventListener(`error`,a),e.removeEventListener(`abort`,a)},i=()=>{t(),r()},a=()=>{n(e.error||new DOMException(`AbortError`,`AbortError`)),r()};e.addEventListener(`complete`,i),e.addEventListener(`error`,a),e.addEventListener(`abort`,a)});Rt.set(e,t)}var Ut={get(e,t,n){if(e instanceof IDBTransaction){if(t===`done`)return Rt.get(e);if(t===`store`)return n.objectStoreNames[1]?void 0:n.objectStore(n.objectStoreNames[0])}return qt(e[t])},set(e,t,n){return e[t]=n,!0},has(e,t){return e instanceof IDBTransaction&&(t===`done`||t===`store`)||t in e}};function Wt(e){Ut=e(Ut)}function Gt(e){return Lt().includes(e)?function(...t){return e.apply(Jt(this),t),qt(this.request)}:function(...t){return qt(e.apply(Jt(this),t))}}function Kt(e){return typeof e==`function`?Gt(e):(e instanceof IDBTransaction&&Ht(e),Nt(e,It())?new Proxy(e,Ut):e)}function qt(e){if(e instanceof IDBRequest)return Vt(e);if(zt.has(e))return zt.get(e);let t=Kt(e);return t!==e&&(zt.set(e,t),Bt.set(t,e)),t}var Jt=e=>Bt.get(e);function Yt(e,t,{blocked:n,upgrade:r,blocking:i,terminated:a}={}){let o=indexedDB.open(e,t),s=qt(o);return r&&o.addEventListener(`upgradeneeded`,e=>{r(qt(o.result),e.oldVersion,e.newVersion,qt(o.transaction),e)}),n&&o.addEventListener(`blocked`,e=>n(e.oldVersion,e.newVersion,e)),s.then(e=>{a&&e.addEventListener(`close`,()=>a()),i&&e.addEventListener(`versionchange`,e=>i(e.oldVersion,e.newVersion,e))}).catch(()=>{}),s}var Xt=[`get`,`getKey`,`getAll`,`getAllKeys`,`count`],Zt=[`put`,`add`,`delete`,`clear`],Qt=new Map;function $t(e,t){if(!(e instanceof IDBDatabase&&!(t in e)&&typeof t==`string`))return;if(Qt.get(t))return Qt.get(t);let n=t.replace(/FromIndex$/,``),r=t!==n,i=Zt.includes(n);if(!(n in(r?IDBIndex:IDBObjectStore).prototype)||!(i||Xt.includes(n)))return;let a=async function(e,...t){let a=this.transaction(e,i?`readwrite`:`readonly`),o=a.store;return r&&(o=o.index(t.shift())),(await Promise.all([o[n](...t),i&&a.done]))[0]};return Qt.set(t,a),a}Wt(e=>({...e,get:(t,n,r)=>$t(t,n)||e.get(t,n,r),has:(t,n)=>!!$t(t,n)||e.has(t,n)}));var en=[`continue`,`continuePrimaryKey`,`advance`],tn={},nn=new WeakMap,rn=new WeakMap,an={get(e,t){if(!en.includes(t))return e[t];let n=tn[t];return n||=tn[t]=function(...e){nn.set(this,rn.get(this)[t](...e))},n}};async function*on(...e){let t=this;if(t instanceof IDBCursor||(t=await t.openCursor(...e)),!t)return;t=t;let n=new Proxy(t,an);for(rn.set(n,t),Bt.set(n,Jt(t));t;)yield n,t=await(nn.get(n)||t.continue()),nn.delete(n)}function sn(e,t){return t===Symbol.asyncIterator&&Nt(e,[IDBIndex,IDBObjectStore,IDBCursor])||t===`iterate`&&Nt(e,[IDBIndex,IDBObjectStore])}Wt(e=>({...e,get(t,n,r){return sn(t,n)?on:e.get(t,n,r)},has(t,n){return sn(t,n)||e.has(t,n)}}));var cn=null,ln=()=>Yt(`walker-reads`,1,{upgrade(e){e.createObjectStore(`reads`,{keyPath:`key`})}}),un=5e3;async function dn(e,t){for(let n=0;;)try{return await Mt(e,t)}catch(e){let t=e instanceof Dt?e.retryAfter||1e3:0;if(!(e instanceof Dt&&e.code===`RATE_LIMITED`)||n+t>un)throw e;n+=t,await new Promise(e=>setTimeout(e,t))}}async function fn(e,t){let n=mt(e),r=n+`
`+JSON.stringify(t);cn??=ln();try{let e=await dn(n,t);return await(await cn).put(`reads`,{key:r,data:e,at:Date.now()}),{data:e,asOf:null}}catch(e){if(!(e instanceof Et))throw e;let t=await(await cn).get(`reads`,r);if(!t)throw e;return{data:t.data,asOf:t.at}}}async function pn(){cn??=ln(),await(await cn).clear(`reads`)}var mn=e=>({[e instanceof Error&&`field`in e?String(e.field??``):``]:e instanceof Error?e.message:String(e)}),hn=e=>e?new FormData(e):new FormData;function gn(e,t={}){let n=Me(null),[r,i]=T(!1),[a,o]=T(t),[,s]=T(0),[c,l]=T(0),u=new Set,d={...a,...r?e(hn(n.current)):{}};return E(()=>{if(!c)return;let e=n.current?.querySelector(`[aria-invalid="true"]`);e?.focus({preventScroll:!0}),e?.scrollIntoView({block:`center`})},[c]),E(()=>{Object.keys(t).length&&l(e=>e+1)},[]),{ref:n,errors:d,field(e){return u.add(e),{name:e,"aria-invalid":d[e]?`true`:void 0,"aria-describedby":d[e]?`err-`+e:void 0}},error(e){return u.add(e),d[e]?D`<span class="field-error" id=${`err-`+e} data-field=${e}>${d[e]}</span>`:null},others(){let e=Object.entries(d).filter(([e])=>!u.has(e));return e.length?D`<div class="error" role="alert">${e.map(([e,t])=>D`<p>${e?e+`: `:``}${t}</p>`)}</div>`:null},submit(t){return r=>{r.preventDefault();let a=hn(n.current);i(!0),Object.keys(e(a)).length?l(e=>e+1):(o({}),t(a))}},refuse(e){o(e),l(e=>e+1)},onInput(e){let t=e.target?.name;t&&a[t]&&o(({[t]:e,...n})=>n),s(e=>e+1)}}}var _n={_comment:`Generated by go generate (ent/entc.go) from the rules declared in ent/schema; do not edit. The server enforces them; the app (pwa) checks the same rules, with the same messages, before anything is sent. Entities and fields are named as in the GraphQL schema. Text is trimmed of the characters in 'blank' at both ends before any rule applies, and lengths count characters (code points), not bytes. A field with maxAheadHours is a time refused before earliestDate and after now plus that many hours, its date (YYYY-MM-DD, UTC) in the message.`,blank:`[\\s\\u0085\\p{Cf}\\u034f\\u115f\\u1160\\u3164\\uffa0]`,earliestDate:`2000-01-01`,emailPattern:`^[^@\\t\\n\\f\\r ]+@[^@\\t\\n\\f\\r ]+\\.[^@\\t\\n\\f\\r ]+$`,messages:{email:`must be an email address, such as name@example.com`,maxChars:`must be at most {max} characters`,notAfter:`must not be later than {date}`,notBefore:`must not be before {date}`,range:`must be between {min} and {max}`,required:`must not be empty`},entities:{APIToken:{name:{required:!0,maxChars:120}},Commitment:{target:{min:1,max:1e4}},Conversation:{durationMinutes:{min:0,max:1440},heard:{maxChars:1e4},occurredAt:{maxAheadHours:24},painPoints:{maxChars:1e4}},Customer:{company:{maxChars:200},externalId:{maxChars:120},name:{required:!0,maxChars:200},persona:{maxChars:120},segment:{maxChars:120},source:{maxChars:120}},Decision:{clvImpact:{min:-0xe8d4a51000,max:0xe8d4a51000},context:{maxChars:1e4},customerBenefit:{maxChars:2e3,benefit:!0},decidedAt:{maxAheadHours:24},optionsConsidered:{maxChars:1e4},realisedImpact:{maxChars:1e4},reviewOn:{maxAheadHours:43800},title:{required:!0,maxChars:200}},Endorsement:{comment:{maxChars:2e3}},FeedbackReview:{heldAt:{maxAheadHours:43800},notes:{maxChars:1e4},title:{required:!0,maxChars:200}},FollowUp:{action:{required:!0,maxChars:2e3},doneAt:{maxAheadHours:24},dueOn:{maxAheadHours:43800}},Invitation:{email:{maxChars:254,email:!0}},Leader:{email:{required:!0,maxChars:254,email:!0},name:{required:!0,maxChars:200},team:{maxChars:120},title:{maxChars:120}},Mandate:{target:{min:1,max:1e4},team:{maxChars:120}},Nomination:{decisionNote:{maxChars:2e3},story:{required:!0,maxChars:4e3}},Organization:{name:{required:!0,maxChars:200}},Passkey:{name:{required:!0,maxChars:120}},Plan:{note:{maxChars:2e3},plannedAt:{maxAheadHours:43800}},WebhookEndpoint:{description:{maxChars:120},url:{required:!0,maxChars:2e3}}}},vn={_comment:`The customer-benefit rule, shared: the server (validate.go) embeds it and the app (pwa/src/benefit.ts) imports it, so both refuse the same answers with the same message. Both test suites run the examples.`,minLength:15,minLetters:10,minDistinctLetters:5,message:`say what the customer gains from this decision, in at least 15 characters (placeholders such as "n/a", "tbd", "none" or "same" are not accepted)`,placeholders:`.asabove.ditto.fillinlater.idk.later.loremipsum.loremipsumdolorsitamet.na.nil.nobenefit.nobenefitforthecustomer.nocomment.noimpact.none.nonefornow.notapplicable.nothing.nothingatall.nothingreally.notrelevant.notsure.null.same.sameasabove.seeabove.seebelow.tba.tbc.tbd.test.testing.tobeconfirmed.tobedefined.tobedetermined.todo.unknown.whatever.willaddlater.xxx`.split(`.`),examples:{accepted:[`Refunds arrive in 2 days instead of 10`,`Faster refunds!`,`  Shorter queues at the counter  `,`Kunden erhalten Rückerstattungen schneller`,`Same-day delivery for all orders in town`],refused:[``,`     `,`Faster refund!`,`n/a`,`N/A                      `,`TBD.`,`Same as above.`,`Not Applicable!!!`,`N.O.T.H.I.N.G.    `,`----------------`,`aaaaaaaaaaaaaaaaaaaa`,`abababababababababab`,`1234567890123456`,`Lorem ipsum dolor sit amet`,`No benefit for the customer`]}},yn=new Set(vn.placeholders);function bn(e){let t=e.trim();if([...t].length<vn.minLength)return vn.message;let n=t.toLowerCase(),r=[...n].filter(e=>/[\p{L}\p{Nd}]/u.test(e)).join(``),i=[...n].filter(e=>/\p{L}/u.test(e));return yn.has(r)||i.length<vn.minLetters||new Set(i).size<vn.minDistinctLetters?vn.message:``}vn.examples;var xn=_n.entities,Sn=RegExp(`^${_n.blank}+|${_n.blank}+$`,`gu`),Cn=new RegExp(_n.emailPattern,`u`),wn=(e,t)=>e.replace(/\{(\w+)\}/g,(e,n)=>String(t[n])),I=e=>e.replace(Sn,``);function Tn(e,t,n,r=new Date){let i=xn[e]?.[t];if(!i)return``;let a=_n.messages,o=typeof n==`string`?I(n):n;if(o==null||o===``)return i.benefit?bn(``):i.required?a.required:``;if(i.maxAheadHours!==void 0){let e=new Date(o).getTime(),t=new Date(_n.earliestDate+`T00:00:00Z`).getTime(),n=r.getTime()+i.maxAheadHours*36e5;return Number.isNaN(e)||e<t?wn(a.notBefore,{date:_n.earliestDate}):e>n?wn(a.notAfter,{date:new Date(n).toISOString().slice(0,10)}):``}if(i.min!==void 0||i.max!==void 0){let e=Number(o),t=i.min??-1/0,n=i.max??1/0;return Number.isFinite(e)&&e>=t&&e<=n?``:wn(a.range,{min:t,max:n})}let s=String(o);return i.maxChars!==void 0&&[...s].length>i.maxChars?wn(a.maxChars,{max:i.maxChars}):i.email&&!Cn.test(s)?a.email:i.benefit?bn(s):``}function L(e,t,n=new Date){let r={};for(let[i,a]of Object.entries(t)){let t=Tn(e,i,a,n);t&&(r[i]=t)}return r}function En(e){return e instanceof _t?e.message:e instanceof DOMException&&e.name===`NotAllowedError`?`The passkey request was cancelled.`:`Something went wrong. Try again.`}function Dn({token:e,done:t}){let[n,r]=T(!1),i=new URLSearchParams(location.search).has(`setup`),a=e=>({name:I(String(e.get(`name`)??``)),email:I(String(e.get(`email`)??``)),organization:I(String(e.get(`organization`)??``)),passkeyName:I(String(e.get(`passkeyName`)??``))}),o=gn(e=>{let t=a(e),n=[[`name`,`Leader`,`name`,t.name],[`passkeyName`,`Passkey`,`name`,t.passkeyName]];return i&&n.push([`organization`,`Organization`,`name`,t.organization],[`email`,`Leader`,`email`,t.email]),Object.fromEntries(n.map(([e,t,n,r])=>[e,Tn(t,n,r)]).filter(([,e])=>e))}),s=o.submit(async n=>{let s=a(n);r(!0);try{await Ct({invitation:e,name:s.name,email:i?s.email:``,...i?{organization:s.organization}:{},passkeyName:s.passkeyName}),history.replaceState(null,``,`/`),t()}catch(e){o.refuse(e instanceof _t?{[e.field]:e.message}:{"":En(e)})}finally{r(!1)}});return D`<h1>${i?`Set up Walker`:`Welcome to Walker`}</h1>
    <p class="muted">${i?`You are the first admin. Name your organization and say who you are.`:`You were invited.`} Walker has no passwords: create a passkey on this device to sign in.</p>
    <form onSubmit=${s} onInput=${o.onInput} ref=${o.ref} aria-label="Create a passkey" novalidate>
      ${i&&D`<label>Organization <input autocomplete="organization" required ...${o.field(`organization`)} />${o.error(`organization`)}</label>`}
      <label>Your name <input autocomplete="name" required ...${o.field(`name`)} />${o.error(`name`)}</label>
      ${i&&D`<label>Your email <input type="email" autocomplete="email" required ...${o.field(`email`)} />${o.error(`email`)}</label>`}
      <label>Name this passkey <input defaultValue="This phone" required ...${o.field(`passkeyName`)} />${o.error(`passkeyName`)}</label>
      ${o.others()}
      <button type="submit" disabled=${n}>Create a passkey</button>
    </form>`}function On({done:e}){let[t,n]=T(``),[r,i]=T(!1),[a]=T(()=>new AbortController);E(()=>(PublicKeyCredential.isConditionalMediationAvailable?.().then(t=>{t&&wt(a.signal,!0).then(e,()=>{})}),()=>a.abort()),[]);async function o(){a.abort(),i(!0),n(``);try{await wt(),e()}catch(e){n(En(e))}finally{i(!1)}}return D`<h1>Walker</h1>
    <p class="muted">Show whether you walk the talk: log the customers you meet, in seconds.</p>
    <div class="card">
      <label>Email <input name="username" autocomplete="username webauthn" placeholder="Use your passkey" /></label>
      ${t&&D`<p class="error" role="alert">${t}</p>`}
      <button type="button" onClick=${o} disabled=${r}>Sign in with a passkey</button>
    </div>`}var kn=0,An=new Set;function jn(){function e(e,t){var n=st(e).definitions,r=new Set;for(var i of t||[])for(var a of i.definitions)a.kind===We.FRAGMENT_DEFINITION&&!r.has(a)&&(n.push(a),r.add(a));var o;(o=n[0].kind===We.FRAGMENT_DEFINITION)&&n[0].directives&&(n[0].directives=n[0].directives.filter((e=>e.name.value!==`_unmask`)));var s;return{kind:We.DOCUMENT,definitions:n,get loc(){if(!s&&o){var n=e+function(e){try{kn++;var t=``;for(var n of e)if(!An.has(n)){An.add(n);var{loc:r}=n;r&&(t+=r.source.body)}return t}finally{--kn==0&&An.clear()}}(t||[]);return{start:0,end:n.length,source:{body:n,name:`GraphQLTada`,locationOffset:{line:1,column:1}}}}return s},set loc(e){s=e}}}return e.scalar=function(e,t){return t},e.persisted=function(e,t){return{kind:We.DOCUMENT,definitions:t?t.definitions:[],documentId:e}},e}jn();var R=jn(),Mn=/^\d{4}-\d\d-\d\dT\d\d:\d\d/,Nn=e=>e==null||e===``;function Pn(e,t){return Nn(e)||Nn(t)?Nn(e)&&Nn(t):typeof e==`string`&&typeof t==`string`&&Mn.test(e)&&Mn.test(t)?Date.parse(e)===Date.parse(t):Array.isArray(e)&&Array.isArray(t)?e.length===t.length&&e.every((e,n)=>Pn(e,t[n])):e===t||typeof e==`number`&&typeof t==`number`&&Math.abs(e-t)<1e-9}function Fn(e,t,n){return Object.keys(e).map(r=>({name:r,mine:e[r],theirs:n[r]??null,was:t[r]??null,agreed:Pn(e[r],n[r])}))}function In(e,t,n,r){return r.filter(r=>!(r in e)&&r in t&&!Pn(t[r],n[r]))}var Ln=e=>Object.fromEntries(e.map(e=>[e.name,`mine`]));function Rn(e,t){let n={};for(let r of e)(t[r.name]??`mine`)===`mine`&&!Pn(r.mine,r.theirs)&&(n[r.name]=r.mine);return n}function zn(e){let t={};for(let[n,r]of Object.entries(e))r===null?t[`clear`+n[0].toUpperCase()+n.slice(1)]=!0:t[n]=r;return t}function Bn(e,t){return Object.fromEntries(Object.entries(t).filter(([t,n])=>!Pn(e[t],n)))}var Vn=R(`
  fragment CustomerRow on Customer { id version clientID name company segment erased }
`),Hn=R(`
  fragment PersonRow on Leader { id version name email jobTitle: title team role champion deactivatedAt }
`),Un=R(`
  fragment ConversationFields on Conversation {
    id version clientID mode occurredAt durationMinutes heard painPoints sentiment
    leader { id }
  }
`),Wn=R(`
  fragment ConversationRow on Conversation {
    ...ConversationFields
    customers(first: 10) { totalCount edges { node { id } } }
  }
`,[Un]),Gn=R(`
  fragment ConversationWhole on Conversation {
    ...ConversationFields
    customers(first: 100) { totalCount edges { node { id } } }
  }
`,[Un]),Kn=R(`
  fragment FollowUpRow on FollowUp { id version clientID action ownerID conversationID reviewID dueOn doneAt quickWin newInitiative }
`),qn=R(`
  fragment DecisionRow on Decision {
    id version clientID createdAt title context customerBenefit clvImpact status decidedAt
    owner { id }
    evidence(first: 0) { totalCount }
  }
`),Jn=R(`
  fragment NominationRow on Nomination { id version clientID createdAt story nominationStatus: status nomineeID customerID conversationID nominator { id } }
`),Yn=R(`
  fragment EndorsementRow on Endorsement { id version clientID createdAt nominationID comment endorser { id } }
`),Xn=R(`
  fragment ReviewRow on FeedbackReview {
    id version clientID title heldAt notes
    host { id }
    attendees(first: 0) { totalCount }
    conversations(first: 0) { totalCount }
  }
`),Zn=R(`
  fragment CommitmentRow on Commitment { id version behaviour target period leader { id } }
`),Qn=[`customers`,`people`,`conversations`,`followUps`,`decisions`,`nominations`,`endorsements`,`reviews`,`commitments`],$n={customers:`CUSTOMER`,people:`LEADER`,conversations:`CONVERSATION`,followUps:`FOLLOW_UP`,decisions:`DECISION`,nominations:`NOMINATION`,endorsements:`ENDORSEMENT`,reviews:`FEEDBACK_REVIEW`,commitments:`COMMITMENT`},er=Object.fromEntries(Object.entries($n).map(([e,t])=>[t,e])),tr=e=>String(e?.id??``),nr=e=>(e?.edges??[]).flatMap(e=>e?.node?[e.node.id]:[]),rr=e=>Number(e?.totalCount??0);function ir(e,t){let{__typename:n,...r}=t;switch(e){case`conversations`:{let{leader:e,customers:t,...n}=r,i=nr(t),a={...n,leaderID:tr(e),customerIDs:i};return rr(t)>i.length&&(a.partial=!0),a}case`decisions`:{let{owner:e,evidence:t,...n}=r;return{...n,ownerID:tr(e),evidenceCount:rr(t)}}case`nominations`:{let{nominator:e,nominationStatus:t,...n}=r;return{...n,status:t,nominatorID:tr(e)}}case`people`:{let{jobTitle:e,...t}=r;return{...t,title:e??null}}case`endorsements`:{let{endorser:e,...t}=r;return{...t,endorserID:tr(e)}}case`reviews`:{let{host:e,attendees:t,conversations:n,...i}=r;return{...i,hostID:tr(e),attendeeCount:rr(t),conversationCount:rr(n)}}case`commitments`:{let{leader:e,...t}=r;return{...t,leaderID:tr(e)}}default:return r}}var ar=`local:`,z=e=>ar+e,or=e=>typeof e==`string`&&e.startsWith(ar);function sr(e,t=[]){return or(e)?t.push(e.slice(6)):Array.isArray(e)?e.forEach(e=>sr(e,t)):e&&typeof e==`object`&&Object.values(e).forEach(e=>sr(e,t)),t}function cr(e,t){return or(e)?t.get(e.slice(6)):Array.isArray(e)?e.map(e=>cr(e,t)):e&&typeof e==`object`?Object.fromEntries(Object.entries(e).map(([e,n])=>[e,cr(n,t)])):e}var lr=class e{db;replaying=null;again=!1;listeners=new Set;constructor(e){this.db=e}static async open(t=`walker`){let n=await Yt(t,2,{upgrade(e,t){t<1&&e.createObjectStore(`outbox`,{keyPath:`id`}).createIndex(`seq`,`seq`),t<2&&e.createObjectStore(`ids`,{keyPath:`clientID`})}});return new e(n)}subscribe(e){return this.listeners.add(e),()=>this.listeners.delete(e)}changed(){this.listeners.forEach(e=>e())}async serverID(e){return(await this.db.get(`ids`,e))?.id}async add(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e.id);if(n)return await t.done,n;let r=await t.store.index(`seq`).openCursor(null,`prev`),i={...e,seq:(r?.value.seq??0)+1,status:`waiting`,attempts:0,createdAt:Date.now()};return await t.store.add(i),await t.done,this.changed(),i}async list(){return this.db.getAllFromIndex(`outbox`,`seq`)}async discard(e){await this.db.delete(`outbox`,e),this.changed()}async retry(e,t,n={}){let r=await this.db.get(`outbox`,e);r&&(await this.db.put(`outbox`,{...r,...n,status:`waiting`,error:void 0,field:void 0,current:void 0,variables:t??r.variables}),this.changed())}async cancel(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e),r=!!n&&n.status!==`sending`;return r&&await t.store.delete(e),await t.done,r&&this.changed(),r}async rebase(e,t,n,r){let i=this.db.transaction(`outbox`,`readwrite`);for(let a of await i.store.getAll())a.status!==`sending`&&a.effect?.store===e&&a.effect.op===`patch`&&a.effect.id===t&&a.variables.expectedVersion===n&&await i.store.put({...a,variables:{...a.variables,expectedVersion:r}});await i.done}async claim(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e);if(!n||n.status===`attention`)return await t.done,null;let r={...n,status:`sending`,attempts:n.attempts+1};return await t.store.put(r),await t.done,r}replay(e){return this.replaying?(this.again=!0,this.replaying):(this.replaying=(async()=>{let t=0;do this.again=!1,t+=await this.run(e);while(this.again);return t})().finally(()=>this.replaying=null),this.replaying)}async run(e){let t=0;try{for(let n of await this.list()){if(n.status===`attention`)continue;let r=await this.claim(n.id);if(!r)continue;let i=await this.resolve(r);if(!i){let e=await this.db.get(`outbox`,r.id);e?.status===`sending`&&await this.db.put(`outbox`,{...e,status:`waiting`,attempts:r.attempts-1});continue}this.changed();let a;try{a=await e({...r,variables:i})}catch{a={kind:`retry`}}if(a.kind===`stored`){let e=this.db.transaction([`outbox`,`ids`],`readwrite`);a.id&&await e.objectStore(`ids`).put({clientID:r.id,id:a.id}),await e.objectStore(`outbox`).delete(r.id),await e.done,t++;continue}let o=await this.db.get(`outbox`,r.id);if(o){if(a.kind===`refused`)await this.db.put(`outbox`,{...o,status:`attention`,error:a.message,field:a.field,current:a.current});else{await this.db.put(`outbox`,{...o,status:`waiting`});break}}}}finally{this.changed()}return t}async resolve(e){let t=sr(e.variables);if(t.length===0)return e.variables;let n=new Map;for(let r of t){let t=await this.serverID(r);if(t)n.set(r,t);else return await this.db.get(`outbox`,r)||await this.db.put(`outbox`,{...e,status:`attention`,error:`It refers to something that was discarded: change it or discard it.`}),null}return cr(e.variables,n)}async recover(){for(let e of await this.list())e.status===`sending`&&await this.db.put(`outbox`,{...e,status:`waiting`});this.changed()}};function ur(e){let t=new Date(e),n=t.getUTCFullYear(),r=t.getUTCMonth();return{mine:new Date(Date.UTC(n,r-11,1)).toISOString(),everyone:new Date(Date.UTC(n,r-1,1)).toISOString()}}var dr=(e,t)=>!!e&&Date.parse(e)>=Date.parse(t);function fr(e,t,n,r){let i=ur(n.now);switch(e){case`conversations`:{let e=t;return e.leaderID===n.me&&dr(e.occurredAt,i.mine)||n.admin&&dr(e.occurredAt,i.everyone)}case`followUps`:{let e=t;return e.ownerID===n.me||!!e.conversationID&&!!r.get(`conversations`,e.conversationID)}case`commitments`:return t.leaderID===n.me;default:return!0}}function pr(e,t,n){let r=er[e.entity];if(!r)return{kind:`skip`};let i=n.get(r,e.id),a=Math.max(i?.version??0,n.gone(r,e.id)??0);if(e.version<=a)return{kind:`skip`};if(e.operation===`DELETED`||!e.node)return{kind:`delete`,store:r,id:e.id,version:e.version};let o=ir(r,e.node);return o.version<=a?{kind:`skip`}:fr(r,o,t,n)?{kind:`put`,store:r,record:o}:i?{kind:`delete`,store:r,id:e.id,version:0}:{kind:`skip`}}function mr(e,t,n){let r=new Map,i=new Map,a=(e,t)=>e+`
`+t,o={get:(e,t)=>{let i=a(e,t);return r.has(i)?r.get(i)??void 0:n.get(e,t)},gone:(e,t)=>i.get(a(e,t))??n.gone(e,t)},s=new Map;for(let n of e){let e=pr(n,t,o);if(e.kind===`skip`)continue;let c=a(e.store,e.kind===`put`?e.record.id:e.id);e.kind===`put`?r.set(c,e.record):(r.set(c,null),e.version&&i.set(c,e.version)),s.delete(c),s.set(c,e)}return[...s.values()]}function hr(e,t,n){let r=[],i=new Set;for(let a of t.conversations??[])fr(`conversations`,a,e,n)||(r.push([`conversations`,a.id]),i.add(a.id));let a={get:(e,t)=>e===`conversations`&&i.has(t)?void 0:n.get(e,t)};for(let n of t.followUps??[])fr(`followUps`,n,e,a)||r.push([`followUps`,n.id]);return r}var gr=(e,t)=>({doc:e,variables:t}),_r=e=>{let t=e.definitions.find(e=>e.kind===We.OPERATION_DEFINITION);if(!t||t.operation!==`query`)throw Error(`batch: only queries can be batched`);return t};function vr(e){let t=[],n=[],r=new Map,i={};e.forEach((e,a)=>{let o=`q${a}_`,s=lt(_r(e.doc),{Variable:e=>({...e,name:{...e.name,value:o+e.name.value}})});n.push(...s.variableDefinitions??[]);for(let e of s.selectionSet.selections){if(e.kind!==We.FIELD)throw Error(`batch: a query's root selections must be fields`);let n=o+(e.alias?.value??e.name.value);t.push({...e,alias:{kind:We.NAME,value:n}})}for(let t of e.doc.definitions)t.kind===We.FRAGMENT_DEFINITION&&r.set(t.name.value,t);for(let[t,n]of Object.entries(e.variables??{}))i[o+t]=n});let a={kind:We.OPERATION_DEFINITION,operation:`query`,name:{kind:We.NAME,value:`Batch`},variableDefinitions:n,directives:[],selectionSet:{kind:We.SELECTION_SET,selections:t}};return{query:mt({kind:We.DOCUMENT,definitions:[a,...r.values()]}),variables:i,fields:t.length}}function yr(e,t){return e.map((e,n)=>{let r=`q${n}_`;return Object.fromEntries(Object.entries(t).filter(([e])=>e.startsWith(r)).map(([e,t])=>[e.slice(r.length),t]))})}var br=R(`
  query CustomersPage($after: Cursor, $where: CustomerWhereInput) { customers(first: 100, after: $after, where: $where) { edges { cursor node { ...CustomerRow } } } }
`,[Vn]),xr=R(`
  query CustomersBounds($where: CustomerWhereInput) {
    low: customers(first: 1, where: $where) { totalCount edges { node { id } } }
    high: customers(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Sr=R(`
  query PeoplePage($after: Cursor, $where: LeaderWhereInput) { leaders(first: 100, after: $after, where: $where) { edges { cursor node { ...PersonRow } } } }
`,[Hn]),Cr=R(`
  query PeopleBounds($where: LeaderWhereInput) {
    low: leaders(first: 1, where: $where) { totalCount edges { node { id } } }
    high: leaders(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),wr=R(`
  query ConversationsPage($after: Cursor, $where: ConversationWhereInput) { conversations(first: 100, after: $after, where: $where) { edges { cursor node { ...ConversationRow } } } }
`,[Wn]),Tr=R(`
  query ConversationsBounds($where: ConversationWhereInput) {
    low: conversations(first: 1, where: $where) { totalCount edges { node { id } } }
    high: conversations(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Er=R(`
  query FollowUpsPage($after: Cursor, $where: FollowUpWhereInput) { followUps(first: 100, after: $after, where: $where) { edges { cursor node { ...FollowUpRow } } } }
`,[Kn]),Dr=R(`
  query FollowUpsBounds($where: FollowUpWhereInput) {
    low: followUps(first: 1, where: $where) { totalCount edges { node { id } } }
    high: followUps(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Or=R(`
  query DecisionsPage($after: Cursor, $where: DecisionWhereInput) { decisions(first: 100, after: $after, where: $where) { edges { cursor node { ...DecisionRow } } } }
`,[qn]),kr=R(`
  query DecisionsBounds($where: DecisionWhereInput) {
    low: decisions(first: 1, where: $where) { totalCount edges { node { id } } }
    high: decisions(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Ar=R(`
  query NominationsPage($after: Cursor, $where: NominationWhereInput) { nominations(first: 100, after: $after, where: $where) { edges { cursor node { ...NominationRow } } } }
`,[Jn]),jr=R(`
  query NominationsBounds($where: NominationWhereInput) {
    low: nominations(first: 1, where: $where) { totalCount edges { node { id } } }
    high: nominations(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Mr=R(`
  query EndorsementsPage($after: Cursor, $where: EndorsementWhereInput) { endorsements(first: 100, after: $after, where: $where) { edges { cursor node { ...EndorsementRow } } } }
`,[Yn]),Nr=R(`
  query EndorsementsBounds($where: EndorsementWhereInput) {
    low: endorsements(first: 1, where: $where) { totalCount edges { node { id } } }
    high: endorsements(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Pr=R(`
  query ReviewsPage($after: Cursor, $where: FeedbackReviewWhereInput) { feedbackReviews(first: 100, after: $after, where: $where) { edges { cursor node { ...ReviewRow } } } }
`,[Xn]),Fr=R(`
  query ReviewsBounds($where: FeedbackReviewWhereInput) {
    low: feedbackReviews(first: 1, where: $where) { totalCount edges { node { id } } }
    high: feedbackReviews(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Ir=R(`
  query CommitmentsPage($after: Cursor, $where: CommitmentWhereInput) { commitments(first: 100, after: $after, where: $where) { edges { cursor node { ...CommitmentRow } } } }
`,[Zn]),Lr=R(`
  query CommitmentsBounds($where: CommitmentWhereInput) {
    low: commitments(first: 1, where: $where) { totalCount edges { node { id } } }
    high: commitments(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Rr=e=>{let t=ur(e.now),n={hasLeaderWith:[{id:e.me}],occurredAtGTE:t.mine};return e.admin?{or:[n,{occurredAtGTE:t.everyone}]}:n},zr=()=>null,Br=e=>e,Vr=[Br({store:`people`,page:Sr,bounds:Cr,where:zr,cost:202}),Br({store:`commitments`,page:Ir,bounds:Lr,where:e=>({hasLeaderWith:[{id:e.me}]}),cost:302}),Br({store:`conversations`,page:wr,bounds:Tr,where:Rr,cost:2502}),Br({store:`followUps`,page:Er,bounds:Dr,cost:202,where:e=>({or:[{hasOwnerWith:[{id:e.me}]},{hasConversationWith:[Rr(e)]}]})}),Br({store:`decisions`,page:Or,bounds:kr,where:zr,cost:502}),Br({store:`nominations`,page:Ar,bounds:jr,where:zr,cost:302}),Br({store:`endorsements`,page:Mr,bounds:Nr,where:zr,cost:302}),Br({store:`reviews`,page:Pr,bounds:Fr,where:zr,cost:702}),Br({store:`customers`,page:br,bounds:xr,where:zr,cost:202})];function Hr(e,t,n,r=2e3,i=24){let a=Number(e),o=Number(t),s=Math.max(1,Math.min(i,Math.ceil(n/r),o-a+1||1));if(!Number.isSafeInteger(a)||!Number.isSafeInteger(o)||s===1)return[{idGTE:null,idLT:null}];let c=(o-a+1)/s,l=Array.from({length:s-1},(e,t)=>String(Math.floor(a+c*(t+1))));return[...l.map((e,t)=>({idGTE:t===0?null:l[t-1],idLT:e})),{idGTE:l[s-2],idLT:null}]}function Ur(e,t){let n={...e??{}};return t.idGTE!==null&&(n.idGTE=t.idGTE),t.idLT!==null&&(n.idLT=t.idLT),Object.keys(n).length?n:null}var Wr=R(`query ChangesCursor { changesCursor }`),Gr=R(`
  query Changes($after: String, $entities: [ChangeEntity!]) {
    changes(after: $after, first: 100, entities: $entities) {
      edges { node { entity operation id version node {
        __typename ...CustomerRow ...PersonRow ...ConversationRow ...FollowUpRow ...DecisionRow ...NominationRow ...EndorsementRow ...ReviewRow ...CommitmentRow
      } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,[Vn,Hn,Wn,Kn,qn,Jn,Yn,Xn,Zn]),Kr=R(`
  query WholeConversation($id: ID!) { node(id: $id) { __typename ...ConversationWhole } }
`,[Gn]),qr={cost:9e3,fields:28},Jr=Qn.map(e=>$n[e]),Yr=e=>`${e.me}:${e.admin?`admin`:`member`}`;function Xr(e,t=qr){let n=[],r=[],i=0,a=0;for(let o of e)r.length&&(i+o.cost>t.cost||a+o.fields>t.fields)&&(n.push(r),r=[],i=a=0),r.push(o),i+=o.cost,a+=o.fields;return r.length&&n.push(r),n}async function Zr(e,t){let n=vr(t);try{return yr(t,await e(n.query,n.variables))}catch(n){if(!(n instanceof Dt&&n.code===`COST_LIMIT`)||t.length===1)throw n;let r=Math.ceil(t.length/2);return[...await Zr(e,t.slice(0,r)),...await Zr(e,t.slice(r))]}}var Qr=e=>new Promise(t=>setTimeout(t,e)),$r=20,ei=6e4,ti=.1,ni=class{replica;send;sleep;running=null;again=!1;progress=null;listeners=new Set;budget=null;waited={ms:0,refused:0};constructor(e,t,n=Qr){this.replica=e,this.send=t,this.sleep=n}spent(e){let t=e.throttleStatus;t&&(this.budget={available:t.currentlyAvailable,max:t.maximumAvailable,rate:t.restoreRate,at:performance.now()})}async wait(e){this.waited.ms+=e,await this.sleep(e)}async room(e){let t=this.budget;if(!t||t.rate<=0)return;let n=Math.min(t.max,e+t.max*ti),r=Math.min(t.max,t.available+t.rate*(performance.now()-t.at)/1e3);r<n&&await this.wait(Math.min(ei,Math.ceil((n-r)/t.rate*1e3)))}post=async(e,t)=>{for(let n=1;;n++)try{return await this.send(e,t)}catch(e){if(!(e instanceof Dt&&e.code===`RATE_LIMITED`)||n>=$r)throw e;this.waited.refused++,await this.wait(Math.min(ei,e.retryAfter||1e3))}};onProgress(e){return this.listeners.add(e),()=>this.listeners.delete(e)}report(e){this.progress=e,this.listeners.forEach(e=>e())}pull(e){return this.running?(this.again=!0,this.running):(this.running=(async()=>{let t=performance.now(),n=0;do{this.again=!1;try{n+=await this.once(e())}catch(e){if(!this.again)throw e}}while(this.again);let r=n?{pulled:{changes:n,ms:Math.round(performance.now()-t)}}:{};this.replica.meta&&await this.replica.write([],{syncedAt:Date.now(),...r})})().finally(()=>this.running=null),this.running)}async once(e){await this.replica.load();let t=this.replica.meta;if(!t||t.state!==`ready`||t.scope!==Yr(e))return this.fill(e);try{return await this.follow(e)}catch(t){if(!(t instanceof Dt&&t.code===`RESYNC_REQUIRED`))throw t;return this.fill(e)}}async fill(e){let t=performance.now();this.waited={ms:0,refused:0};let n=String((await this.post(mt(Wr),{})).changesCursor),r={state:`filling`,scope:Yr(e),cursor:n,filledAt:0,fillMs:0,syncedAt:0,pulled:{changes:0,ms:0},budget:{waitedMs:0,refused:0}};await this.replica.clear(r);let i={start:performance.now()-t,bounds:0,pages:0,writes:0,complete:0,rounds:0},a=performance.now(),o=()=>{let e=performance.now(),t=e-a;return a=e,t},s=await Zr(this.post,Vr.map(t=>gr(t.bounds,{where:t.where(e)}))),c=[],l=0;Vr.forEach((t,n)=>{let r=s[n],i=r.low.totalCount;if(i&&r.low.edges[0]&&r.high.edges[0]){l+=i;for(let n of Hr(r.low.edges[0].node.id,r.high.edges[0].node.id,i))c.push({list:t,where:Ur(t.where(e),n),after:null})}}),i.bounds=o();let u=0;this.report({read:u,total:l});let d=c,f=Promise.resolve();for(;d.length;){let e=Xr(d.map(e=>({c:e,cost:e.list.cost,fields:1})))[0].map(e=>e.c);o(),await this.room(e.reduce((e,t)=>e+t.list.cost,0));let t=await Zr(this.post,e.map(e=>gr(e.list.page,{after:e.after,where:e.where})));i.pages+=o(),i.rounds++;let n=[];e.forEach((e,r)=>{let i=Object.values(t[r])[0].edges??[];for(let t of i)t?.node&&n.push({kind:`put`,store:e.list.store,record:ir(e.list.store,t.node)});e.after=i.length===100?i[99]?.cursor??null:null}),await f,i.writes+=o(),f=this.replica.write(n),u+=n.length,this.report({read:u,total:Math.max(l,u)});let r=new Set(e.filter(e=>e.after===null));d=d.filter(e=>!r.has(e))}o(),await f,i.writes+=o(),await this.complete(),i.complete=o();let p=Date.now(),m=e=>Math.round(e);return await this.replica.write([],{state:`ready`,filledAt:p,fillMs:Math.round(performance.now()-t),syncedAt:p,budget:{waitedMs:this.waited.ms,refused:this.waited.refused},phases:{start:m(i.start),bounds:m(i.bounds),pages:m(i.pages),writes:m(i.writes),complete:m(i.complete),rounds:i.rounds}}),this.report(null),this.follow(e)}async follow(e){let t=0;for(;;){let n=this.replica.meta.cursor,r=await this.post(mt(Gr),{after:n,entities:Jr}),i=r.changes.edges.map(e=>e.node);t+=i.length;let a=mr(i,e,this.replica);if(await this.replica.write(a,{cursor:r.changes.pageInfo.endCursor}),a.length&&await this.complete(),!r.changes.pageInfo.hasNextPage)break}return await this.prune(e),t}async complete(){let e=[...this.replica.all(`conversations`).values()].filter(e=>e.partial);for(let t=0;t<e.length;t+=5){let n=(await Zr(this.post,e.slice(t,t+5).map(e=>gr(Kr,{id:e.id})))).flatMap(e=>{let t=e.node;if(!t)return[];let{partial:n,...r}=ir(`conversations`,t);return[{kind:`put`,store:`conversations`,record:r}]});await this.replica.write(n)}}async prune(e){let t=this.replica,n=hr(e,{conversations:t.all(`conversations`).values(),followUps:t.all(`followUps`).values()},t).map(([e,t])=>({kind:`delete`,store:e,id:t,version:0}));n.length&&await t.write(n)}},ri=`walker-replica`,ii=(e,t)=>e+`:`+t,ai=class{name;db=null;mem=new Map;byClient=new Map;tombs=new Map;listeners=new Set;loading=null;revs=new Map;meta=null;rev=0;constructor(e=ri){this.name=e;for(let e of Qn)this.mem.set(e,new Map)}open(){return this.db??=Yt(this.name,2,{upgrade(e){let t=t=>e.objectStoreNames.contains(t);for(let n of Qn)t(n)||e.createObjectStore(n,{keyPath:`id`});t(`tombstones`)||e.createObjectStore(`tombstones`,{keyPath:`key`}),t(`meta`)||e.createObjectStore(`meta`)},blocking:()=>this.evicted(),terminated:()=>this.evicted()}).then(e=>(e.addEventListener(`close`,()=>this.evicted()),e)),this.db}evicted(){let e=this.db;this.db=null,this.loading=null,e?.then(e=>e.close(),()=>{}),this.reset(),this.meta=null,this.changed()}reset(){for(let e of Qn)this.mem.set(e,new Map),this.touch(e);this.byClient.clear(),this.tombs.clear()}load(){return this.loading??=(async()=>{let e=(await this.open()).transaction([...Qn,`tombstones`,`meta`]),[t,n,...r]=await Promise.all([e.objectStore(`meta`).get(`meta`),e.objectStore(`tombstones`).getAll(),...Qn.map(t=>e.objectStore(t).getAll())]);this.reset(),Qn.forEach((e,t)=>r[t].forEach(t=>this.keep(e,t))),n.forEach(e=>this.tombs.set(e.key,e.version)),this.meta=t??null,this.changed()})(),this.loading}storeRev(e){return this.revs.get(e)??0}touch(e){this.revs.set(e,this.storeRev(e)+1)}keep(e,t){if(this.mem.get(e).set(t.id,t),t.clientID){let n=this.byClient.get(e);n||this.byClient.set(e,n=new Map),n.set(t.clientID,t.id)}}drop(e,t){let n=this.mem.get(e).get(t);this.mem.get(e).delete(t),n?.clientID&&this.byClient.get(e)?.delete(n.clientID)}subscribe(e){return this.listeners.add(e),()=>this.listeners.delete(e)}changed(){this.rev++,this.listeners.forEach(e=>e())}get(e,t){return this.mem.get(e).get(t)}gone(e,t){return this.tombs.get(ii(e,t))}all(e){return this.mem.get(e)}idOfClient(e,t){return this.byClient.get(e)?.get(t)}async write(e,t){let n=[],r=new Set;for(let t of e){if(t.kind===`put`){let e=this.get(t.store,t.record.id);if(e&&e.version>t.record.version||(this.gone(t.store,t.record.id)??0)>=t.record.version)continue;this.keep(t.store,t.record),this.tombs.delete(ii(t.store,t.record.id))&&r.add(t)}else if(t.kind===`delete`)this.drop(t.store,t.id),t.version&&this.tombs.set(ii(t.store,t.id),Math.max(t.version,this.gone(t.store,t.id)??0));else continue;this.touch(t.store),n.push(t)}let i=t?{...this.meta,...t}:null;i&&(this.meta=i),(n.length||i)&&this.changed();let a=(await this.open()).transaction([...Qn,`tombstones`,`meta`],`readwrite`),o=new Map,s=e=>{let t=o.get(e);return t||o.set(e,t=Jt(a.objectStore(e))),t};for(let e of n)if(e.kind===`put`)s(e.store).put(e.record),r.has(e)&&s(`tombstones`).delete(ii(e.store,e.record.id));else if(e.kind===`delete`){s(e.store).delete(e.id);let t=this.gone(e.store,e.id);t&&s(`tombstones`).put({key:ii(e.store,e.id),version:t})}i&&s(`meta`).put(i,`meta`),await a.done}async clear(e){let t=(await this.open()).transaction([...Qn,`tombstones`,`meta`],`readwrite`);await Promise.all([...Qn.map(e=>t.objectStore(e).clear()),t.objectStore(`tombstones`).clear(),e?t.objectStore(`meta`).put(e,`meta`):t.objectStore(`meta`).clear(),t.done]),this.reset(),this.meta=e,this.changed()}counts(){return Object.fromEntries(Qn.map(e=>[e,this.mem.get(e).size]))}},oi=lr.open(),B=new ai,si=new ni(B,Mt);kt(e=>si.spent(e));var V=()=>crypto.randomUUID(),ci=new Set([`UNAUTHENTICATED`,`RATE_LIMITED`,`INTERNAL`]);async function li(e,t,n){if(e.op===`delete`){let t=B.get(e.store,e.id);await B.write([{kind:`delete`,store:e.store,id:e.id,version:(t?.version??0)+1}]);return}if(!t||typeof t!=`object`)return;let r=ir(e.store,t);r.id&&typeof r.version==`number`&&(await B.write([{kind:`put`,store:e.store,record:r}]),e.op===`patch`&&typeof n==`number`&&await(await oi).rebase(e.store,e.id,n,r.version))}async function ui(e){try{let t=await Mt(e.query,e.variables),n=Object.values(t)[0];return e.effect&&await li(e.effect,n,e.variables.expectedVersion).catch(()=>{}),{kind:`stored`,id:typeof n==`object`?n?.id:void 0}}catch(e){return e instanceof Et?{kind:`retry`}:e instanceof Dt&&!ci.has(e.code)&&e.status<500?{kind:`refused`,message:e.message,field:e.field||void 0,current:e.current}:{kind:`retry`}}}var di=new Set;function fi(e){return di.add(e),()=>di.delete(e)}async function pi(){let e=await(await oi).replay(ui);return e>0&&(di.forEach(e=>e()),bi()),e}var mi=null,hi={offline:!1,error:``},gi=new Set,_i=()=>hi;function vi(e){return gi.add(e),()=>gi.delete(e)}function yi(e){(e.offline!==hi.offline||e.error!==hi.error)&&(hi=e,gi.forEach(e=>e()))}async function bi(){if(mi)try{await si.pull(mi),yi({offline:!1,error:``})}catch(e){e instanceof Et?yi({offline:!0,error:``}):yi({offline:!1,error:e instanceof Error?e.message:String(e)})}}async function xi(){let e=await pi();return await bi(),e}async function Si(e,t,n,r,i,a){let o=await(await oi).add({id:e,label:t,query:mt(n),variables:r,draft:i,effect:a});return pi(),o}async function Ci(e,t,n,r,i,a,o){e?(await(await oi).retry(e.id,i,{label:n,draft:a,...o?{effect:o}:{}}),pi()):await Si(t,n,r,i,a,o)}async function wi(){try{return await navigator.storage?.persisted?.()||(await navigator.storage?.persist?.()??!1)}catch{return!1}}var Ti=!1;async function Ei(e){if(mi=e,Ti)return;Ti=!0,await(await oi).recover();let t=()=>void xi();addEventListener(`online`,t),addEventListener(`focus`,t),document.addEventListener(`visibilitychange`,()=>document.visibilityState===`visible`&&t()),B.subscribe(()=>B.meta===null&&navigator.onLine&&t()),setInterval(t,3e4),await xi(),wi()}async function Di(){mi=null,await B.clear(null)}var Oi=R(`
  mutation UpdateDecision($id: ID!, $input: UpdateDecisionInput!, $expectedVersion: Int) {
    updateDecision(id: $id, input: $input, expectedVersion: $expectedVersion) { ...DecisionRow }
  }
`,[qn]),ki=R(`
  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!, $expectedVersion: Int) {
    updateCommitment(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CommitmentRow }
  }
`,[Zn]),Ai=R(`
  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!, $expectedVersion: Int) {
    updateConversation(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ConversationRow }
  }
`,[Wn]),ji={decisions:Oi,commitments:ki,conversations:Ai},Mi={conversations:R(`mutation DeleteConversation($id: ID!) { deleteConversation(id: $id) }`),followUps:R(`mutation DeleteFollowUp($id: ID!) { deleteFollowUp(id: $id) }`),decisions:R(`mutation DeleteDecision($id: ID!) { deleteDecision(id: $id) }`),nominations:R(`mutation DeleteNomination($id: ID!) { deleteNomination(id: $id) }`),endorsements:R(`mutation DeleteEndorsement($id: ID!) { deleteEndorsement(id: $id) }`),reviews:R(`mutation DeleteFeedbackReview($id: ID!) { deleteFeedbackReview(id: $id) }`),commitments:R(`mutation DeleteCommitment($id: ID!) { deleteCommitment(id: $id) }`)},Ni={conversations:R(`mutation RestoreConversation($id: ID!) { restoreConversation(id: $id) { ...ConversationRow } }`,[Wn]),followUps:R(`mutation RestoreFollowUp($id: ID!) { restoreFollowUp(id: $id) { ...FollowUpRow } }`,[Kn]),decisions:R(`mutation RestoreDecision($id: ID!) { restoreDecision(id: $id) { ...DecisionRow } }`,[qn]),nominations:R(`mutation RestoreNomination($id: ID!) { restoreNomination(id: $id) { ...NominationRow } }`,[Jn]),endorsements:R(`mutation RestoreEndorsement($id: ID!) { restoreEndorsement(id: $id) { ...EndorsementRow } }`,[Yn]),reviews:R(`mutation RestoreFeedbackReview($id: ID!) { restoreFeedbackReview(id: $id) { ...ReviewRow } }`,[Xn]),commitments:R(`mutation RestoreCommitment($id: ID!) { restoreCommitment(id: $id) { ...CommitmentRow } }`,[Zn])};function Pi(e){let{pending:t,refused:n,...r}=e;return r}async function Fi(e,t,n,r,i={}){let a=Pi(t),o=Bn(a,n);if(Object.keys(o).length===0)return!1;let s=V(),c={id:t.id,input:zn(o),expectedVersion:t.version};return await Si(s,r,ji[e],c,{...i,patch:o,was:a},{store:e,op:`patch`,id:t.id,fields:o}),!0}async function Ii(e,t,n){let r=Pi(t),i=await Si(V(),`Delete: ${n}`,Mi[e],{id:t.id},{record:r},{store:e,op:`delete`,id:t.id});return async()=>{await(await oi).cancel(i.id)||await Si(V(),`Restore: ${n}`,Ni[e],{id:t.id},{record:r},{store:e,op:`put`,record:r})}}function Li(e,t){let n=t;return{conversations:n.leaderID,followUps:n.ownerID,decisions:n.ownerID,nominations:n.nominatorID,endorsements:n.endorserID,reviews:n.hostID,commitments:n.leaderID,customers:null,people:null}[e]}var Ri=(e,t,n,r)=>r||Li(e,t)===n,zi=(e,t,n,r)=>Li(e,t)===n||r&&e===`followUps`,Bi=e=>e.op===`put`?e.record.id:e.id;function Vi(e,t,n,r){let i=t,a=!1,o=()=>(a||(i=new Map(t)),a=!0,i);for(let a of n){let n=a.effect;if(!n||n.store!==e)continue;let s=Bi(n);if(a.status===`attention`){let e=i.get(s);e&&o().set(s,{...e,refused:a})}else switch(n.op){case`put`:if(n.record.clientID&&r(n.record.clientID)||t.has(s))break;o().set(s,{...n.record,pending:a});break;case`patch`:{let e=i.get(s);e&&o().set(s,{...e,...n.fields,pending:a});break}case`delete`:i.has(s)&&o().delete(s)}}return i}var Hi=null,Ui=0,Wi=new Set,Gi=()=>Wi.forEach(e=>e());oi.then(e=>{let t=()=>e.list().then(e=>{Hi=e,Ui++,Gi()});e.subscribe(t),t()}),B.subscribe(Gi),si.onProgress(Gi),vi(Gi),B.load();var Ki=()=>Hi,qi=new Map,Ji=e=>B.storeRev(e)+`:`+Ui;function H(e){let t=Ji(e),n=qi.get(e);if(n?.key===t)return n.map;let r=Vi(e,B.all(e),Hi??[],t=>!!B.idOfClient(e,t));return qi.set(e,{key:t,map:r}),r}function Yi(e,t){if(!t)return;let n=H(e),r=n.get(t);if(r||!or(t))return r;let i=B.idOfClient(e,t.slice(t.indexOf(`:`)+1));return i?n.get(i):void 0}var Xi=()=>B.meta?.state===`ready`;function U(){let[,e]=T(0);E(()=>{let t=()=>e(e=>e+1);return Wi.add(t),()=>void Wi.delete(t)},[])}function Zi(){let[e,t]=T(location.hash);E(()=>{let e=()=>t(location.hash);return addEventListener(`hashchange`,e),()=>removeEventListener(`hashchange`,e)},[]);let[n,r=``]=e.replace(/^#\/?/,``).split(`?`);return[n.split(`/`).filter(Boolean).map(decodeURIComponent),new URLSearchParams(r)]}var W=e=>{location.hash=e};function Qi(e,t){let[n,r]=T({data:null,asOf:null,error:``}),[i,a]=T(0),o=JSON.stringify(t);E(()=>fi(()=>a(e=>e+1)),[]),E(()=>{let n=!0;return fn(e,t).then(e=>n&&r({data:e.data,asOf:e.asOf,error:``}),e=>n&&r({data:null,asOf:null,error:e instanceof Error?e.message:String(e)})),()=>{n=!1}},[o,i]);let s=()=>{r(e=>e.error?{data:null,asOf:null,error:``}:e),a(e=>e+1)};return{...n,reload:s}}function $i(){return U(),Ki()??[]}var ea=(e,t)=>e.filter(e=>e.query.includes(` ${t}(`));function ta(){let[e,t]=T(navigator.onLine);return E(()=>{let e=()=>t(navigator.onLine);return addEventListener(`online`,e),addEventListener(`offline`,e),()=>{removeEventListener(`online`,e),removeEventListener(`offline`,e)}},[]),e}var na=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,year:`numeric`}),ra=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,hour:`2-digit`,minute:`2-digit`}),G=e=>na.format(new Date(e)),K=e=>ra.format(new Date(e)),ia={MET:`met`,ON_TRACK:`on track`,BEHIND:`behind`,AT_RISK:`at risk`,MISSED:`missed`},aa=new Intl.DateTimeFormat(`en`,{month:`long`,year:`numeric`,timeZone:`UTC`}),oa=new Intl.DateTimeFormat(`en`,{month:`short`,timeZone:`UTC`}),sa=e=>aa.format(new Date(e+`-01T00:00:00Z`)),ca=e=>oa.format(new Date(e+`-01T00:00:00Z`)),q=e=>e.charAt(0)+e.slice(1).toLowerCase().replace(/_/g,` `),la=()=>new Date().toISOString().slice(0,7);function ua({what:e,error:t,retry:n}){return D`<div class="failed" role="alert" tabindex="-1" data-testid="read-failed">
    <p><strong>Could not load ${e}.</strong> ${t}</p>
    <button type="button" class="secondary" onClick=${n}>Retry</button>
  </div>`}function da(){return D`<div class="skeleton" role="status" aria-live="polite" data-testid="skeleton"><span class="sr-only">Loading…</span>
    <span class="bone" aria-hidden="true"></span><span class="bone short" aria-hidden="true"></span><span class="bone" aria-hidden="true"></span></div>`}function fa({r:e,what:t=`this screen`}){return e.error?D`<${ua} what=${t} error=${e.error} retry=${e.reload} />`:e.data?e.asOf?D`<p class="asof" data-testid="as-of">Offline: as of ${K(e.asOf)}</p>`:null:D`<${da} />`}var pa={waiting:`Waiting`,sending:`Sending`,attention:`Needs attention`};function J({what:e}){U();let t=_i(),n=B.meta?.syncedAt;return t.error?D`<${ua} what=${e} error=${t.error} retry=${()=>void xi()} />${n?D`<p class="asof">Showing what this device has, as of ${K(n)}.</p>`:``}`:Xi()?t.offline&&n?D`<p class="asof" data-testid="as-of">Offline: as of ${K(n)}</p>`:null:t.offline?D`<p class="asof" data-testid="as-of">Offline: this device has nothing of ${e} yet. It gets them when Walker reaches the server.</p>`:D`<${da} />`}var Y=({e})=>D`<span class=${`badge `+e.status}>${pa[e.status]}</span>`,ma=[[``,`Home`,`⌂`],[`conversations`,`Conversations`,`☰`],[`decisions`,`Decisions`,`◆`],[`champions`,`Champions`,`★`],[`more`,`More`,`…`]];function ha(e){if(e===null)return`Checking…`;let t=e.filter(e=>e.status===`attention`).length;return(e.length===0?`All synced`:`${e.length} waiting to sync`)+(t?` · ${t} to fix`:``)}var X=e=>e.toLocaleString(`en`),Z=(e,t,n=t+`s`)=>`${X(e)} ${e===1?t:n}`;function ga(){U();let e=si.progress;return Xi()||!e?null:D`<p class="notice" role="status" data-testid="filling">Getting your data onto this device: ${X(e.read)} of ${X(e.total)} records…</p>`}var _a=null,va=0,ya=new Set;function ba(e,t){_a={text:e,action:t},clearTimeout(va),va=window.setTimeout(()=>(_a=null,ya.forEach(e=>e())),1e4),ya.forEach(e=>e())}function xa(){let[,e]=T(0);if(E(()=>{let t=()=>e(e=>e+1);return ya.add(t),()=>void ya.delete(t)},[]),!_a)return null;let t=_a;return D`<div class="toast" role="status" data-testid="toast"><span>${t.text}</span>${t.action&&D`<button type="button" class="secondary" onClick=${()=>{_a=null,ya.forEach(e=>e()),t.action?.run()}}>${t.action.label}</button>`}</div>`}function Q({section:e,children:t}){let n=ta();U();let r=Ki(),i=r?.some(e=>e.status===`attention`);return D`<header class="top" data-testid="signed-in">
      <a href="#/" class="brand">Walker</a>
      <span class=${n?`net on`:`net off`} data-testid="network">${n?`Online`:`Offline`}</span>
      <a href="#/pending" class=${i?`sync attention`:`sync`} data-testid="pending">${ha(r)}</a>
    </header>
    <${ga} />
    <div class="screen">${t}</div>
    <${xa} />
    <nav class="tabs" aria-label="Sections">
      ${ma.map(([t,n,r])=>D`<a href=${`#/`+t} aria-current=${e===t?`page`:void 0}><span aria-hidden="true">${r}</span>${n}</a>`)}
    </nav>`}function Sa(e,t=50){let[n,r]=T(t);return[n,()=>n<e?D`<button type="button" class="secondary more" onClick=${()=>r(n+t)}>Show ${X(Math.min(t,e-n))} more (${X(e-n)} not shown)</button>`:null]}function Ca(e,t,n){let r=JSON.stringify(t),[i,a]=T(1),[o,s]=T(0),[c,l]=T({key:r,pages:[],error:``,asOf:null});E(()=>fi(()=>s(e=>e+1)),[]),E(()=>a(1),[r]),E(()=>{let a=!0;return(async()=>{let o=[],s=null,c=null;for(let u=0;u<i;u++){let i=await fn(e,{...t,after:c});if(!a)return;let u=n(i.data);if(o.push(u),s=i.asOf??s,l({key:r,pages:[...o],error:``,asOf:s}),!u.pageInfo.hasNextPage)break;c=u.pageInfo.endCursor??null}})().catch(e=>a&&l({key:r,pages:[],error:e instanceof Error?e.message:String(e),asOf:null})),()=>{a=!1}},[r,i,o]);let u=c.key===r?c.pages:[],d=u.at(-1);return{items:u.flatMap(e=>(e.edges??[]).flatMap(e=>e?.node?[e.node]:[])),total:d?.totalCount??0,loaded:u.length>0,error:c.key===r?c.error:``,asOf:c.asOf,more:d?.pageInfo.hasNextPage&&u.length===i?()=>a(i+1):null,reload:()=>s(e=>e+1)}}function wa({p:e,what:t,count:n}){return e.error?D`<${ua} what=${t} error=${e.error} retry=${e.reload} />`:e.loaded?D`${e.asOf&&D`<p class="asof" data-testid="as-of">Offline: as of ${K(e.asOf)}</p>`}
    <p class="muted">${n?n(e.items.length,e.total):`${X(e.items.length)} of ${X(e.total)} shown.`}</p>`:D`<${da} />`}var Ta=({p:e,label:t=`Show more`})=>e.more?D`<button type="button" class="secondary more" onClick=${e.more}>${t} (${X(e.total-e.items.length)} not shown)</button>`:null;function Ea({series:e,label:t}){let n=Math.max(1,...e.map(e=>e.count));return D`<figure class="chart">
    <svg viewBox=${`0 0 ${e.length*30+28} 140`} role="img" aria-label=${t}>
      <line class="axis" x1="26" y1=${104} x2=${e.length*30+28} y2=${104} />
      <line class="axis" x1="26" y1=${20} x2="26" y2=${104} />
      <text class="tick" x="22" y=${24} text-anchor="end">${X(n)}</text>
      <text class="tick" x="22" y=${104} text-anchor="end">0</text>
      ${e.map((e,t)=>{let r=e.count/n*84,i=28+t*30,[a,o]=e.period.split(`-`),s=t===0||o===`01`;return D`<rect x=${i+4} y=${104-r} width=${22} height=${r} rx="2"><title>${sa(e.period)}: ${X(e.count)}</title></rect>
          <text class="value" x=${i+15} y=${104-r-3} text-anchor="middle">${X(e.count)}</text>
          <text x=${i+15} y=${118} text-anchor="middle">${ca(e.period)}</text>
          ${s&&D`<text class="year" x=${i+15} y=${133} text-anchor="middle">${a}</text>`}`})}
    </svg>
    <table class="sr-only"><caption>${t}</caption>
      <tbody>${e.map(e=>D`<tr><th scope="row">${sa(e.period)}</th><td>${e.count}</td></tr>`)}</tbody></table>
  </figure>`}var Da=null,Oa=new Set;globalThis.addEventListener?.(`beforeinstallprompt`,e=>{e.preventDefault(),Da=e,Oa.forEach(e=>e())}),globalThis.addEventListener?.(`appinstalled`,()=>(Da=null,Oa.forEach(e=>e())));var ka=()=>matchMedia(`(display-mode: standalone)`).matches||navigator.standalone===!0;function Aa(){let[,e]=T(0);if(E(()=>{let t=()=>e(e=>e+1);return Oa.add(t),()=>void Oa.delete(t)},[]),ka())return null;if(/iphone|ipad|ipod/i.test(navigator.userAgent))return D`<section class="card" aria-label="Install Walker" data-testid="ios-install"><h2>Install Walker</h2>
      <p>In Safari, tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>. On iPhone and iPad, Walker can remind you only once it is installed this way.</p></section>`;if(Da){let t=Da;return D`<section class="card" aria-label="Install Walker"><h2>Install Walker</h2>
      <p>Open Walker from your home screen like any app, offline too.</p>
      <button type="button" onClick=${async()=>{await t.prompt(),await t.userChoice.catch(()=>null),Da=null,e(e=>e+1)}}>Install Walker</button></section>`}return null}var ja=e=>e.normalize(`NFD`).replace(/\p{M}/gu,``).toLowerCase(),Ma=class{entries;constructor(e,t,n=t){this.entries=[...e].map(e=>({item:e,name:ja(t(e)),text:ja(n(e))})),this.entries.sort((e,t)=>e.name<t.name?-1:+(e.name>t.name))}get size(){return this.entries.length}find(e,t,n){let r=ja(e.trim()),i=` `+r,a=`(`+r,o=[],s=[],c=0;for(let e of this.entries){let l=r?e.text.indexOf(r):0;l<0||n&&!n(e.item)||(c++,o.length>=t||(l===0||e.text.includes(i)||e.text.includes(a)?o.push(e.item):s.length<t&&s.push(e.item)))}return{items:[...o,...s].slice(0,t),total:c}}},Na=R(`
  query CustomerSearch($term: String!) {
    customers(first: 6, where: { or: [{ nameContainsFold: $term }, { companyContainsFold: $term }] }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount edges { node { ...CustomerRow } }
    }
  }
`,[Vn]);function Pa(e){let[t,n]=T(null),r=Xi();return E(()=>{if(r||!e)return;let t=!0,i=setTimeout(()=>F(Na,{term:e}).then(r=>{let i=(r.customers.edges??[]).flatMap(e=>e?.node?[ir(`customers`,e.node)]:[]);t&&n({term:e,found:{items:i,total:r.customers.totalCount}})},()=>{}),150);return()=>{t=!1,clearTimeout(i)}},[e,r]),!r&&t?.term===e?t.found:null}function Fa(e,t,n){let r={},i=()=>{let i=B.storeRev(e);return r.rev===i&&r.index||(r.index=new Ma(B.all(e).values(),t,n),r.rev=i),r.index};return Object.assign((r,a,o)=>{let s=i(),c=H(e),l=B.all(e),u=c===l?{items:[],total:0}:new Ma([...c.values()].filter(e=>l.get(e.id)!==e),t,n).find(r,a,o),d=c!==l,f=s.find(r,a,d||o?e=>(!d||c.get(e.id)===e)&&(!o||o(e)):void 0);return{items:[...u.items,...f.items].slice(0,a),total:u.total+f.total}},{warm:()=>void i()})}var Ia=e=>e.name+(e.company?` (${e.company})`:``),La=Fa(`customers`,e=>e.name,Ia),Ra=Fa(`people`,e=>e.name,e=>`${e.name} ${e.email} ${e.title??``} ${e.team??``}`),za,Ba=e=>`requestIdleCallback`in window?requestIdleCallback(e,{timeout:2e3}):setTimeout(e,0);B.subscribe(()=>{B.meta?.state===`ready`&&(clearTimeout(za),za=setTimeout(()=>Ba(()=>{La.warm(),Ra.warm()}),500))});var $=(e,t,n=``)=>Yi(e,t)?.name??n;function Va({label:e,placeholder:t,find:n,useRemote:r,onPick:i,show:a=e=>e.name,footer:o,invalid:s,describedBy:c,testid:l,autofocus:u}){let[d,f]=T(``);U();let p=d.trim(),m=r?.(p)??null,h=p?n(p,6):null,g=h&&m&&m.total>h.total?{items:[...h.items,...m.items.filter(e=>!h.items.some(t=>t.id===e.id))].slice(0,6),total:m.total}:h;return D`<div class="pick" data-testid=${l}>
    <label>${e} <input type="search" value=${d} onInput=${e=>f(e.target.value)} placeholder=${t} autocomplete="off"
      autofocus=${u} aria-invalid=${s?`true`:void 0} aria-describedby=${c} /></label>
    ${g&&D`<p class="muted found" aria-live="polite">${g.total===0?`None found.`:g.total>g.items.length?`${X(g.total)} found: the first ${g.items.length} shown, type more to narrow.`:`${X(g.total)} found.`}</p>`}
    <ul class="options" aria-label=${e+`: found`}>
      ${g?.items.map(e=>D`<li><button type="button" class="option" onClick=${()=>(i(e),f(``))}>${a(e)}</button></li>`)}
      ${g&&o?.(p,g)}
    </ul>
  </div>`}function Ha({label:e,name:t,value:n,onChange:r,me:i,exclude:a,invalid:o,describedBy:s}){let[c,l]=T(!n);U();let u=n?Yi(`people`,n):void 0,d=e=>!e.deactivatedAt&&e.id!==a;return D`<fieldset class="person-field">
    <legend>${e}</legend>
    ${t&&D`<input type="hidden" name=${t} value=${n} />`}
    ${n&&D`<p class="chosen" data-testid=${`chosen-`+(t??e)}><strong>${u?u.name+(n===i?` (me)`:``):n===i?`Me`:`The person chosen`}</strong>
      ${!c&&D` <button type="button" class="link change" onClick=${()=>l(!0)}>Change</button>`}</p>`}
    ${c&&D`<${Va} label=${`Find `+e.toLowerCase()} placeholder="Name, email or team" find=${(e,t)=>Ra(e,t,d)}
      onPick=${e=>(r(e.id),l(!1))} show=${e=>e.name+(e.title?` · ${e.title}`:``)} invalid=${o} describedBy=${s} />`}
  </fieldset>`}var Ua=R(`
  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { ...CustomerRow } }
`,[Vn]),Wa=R(`
  mutation CreateConversation($input: CreateConversationInput!) { createConversation(input: $input) { ...ConversationRow } }
`,[Wn]),Ga=R(`
  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { ...FollowUpRow } }
`,[Kn]),Ka=[`VISIT`,`CALL`,`VIDEO`,`FOCUS_GROUP`,`INTERVIEW`,`MYSTERY_SHOP`,`CALL_LISTENING`,`ONLINE_COMMENTS`,`EVENT`],qa=[`VERY_NEGATIVE`,`NEGATIVE`,`NEUTRAL`,`POSITIVE`,`VERY_POSITIVE`],Ja=e=>new Date(e.getTime()-e.getTimezoneOffset()*6e4).toISOString().slice(0,16),Ya=e=>I(String(e??``))||null,Xa=e=>e?new Date(e+`T12:00:00Z`).toISOString():null,Za=e=>e?.variables.input??{},Qa=e=>e?.error?{[e.field??``]:e.error}:{};function $a({name:e,initial:t,server:n={},add:r,cancel:i}){let a=Me(null),[o,s]=T(n),c=e=>a.current?.querySelector(`[name="customer.${e}"]`)?.value??``;E(()=>a.current?.querySelector(Object.keys(n).length?`[aria-invalid="true"]`:`input`)?.focus(),[]);function l(){let e={name:I(c(`name`)),company:Ya(c(`company`)),segment:Ya(c(`segment`))},t=L(`Customer`,e);s(t),Object.keys(t).length?requestAnimationFrame(()=>a.current?.querySelector(`[aria-invalid="true"]`)?.focus()):r(e)}let u=(e,t,n)=>D`<label>${t}
    <input name=${`customer.`+e} defaultValue=${String(n??``)} aria-invalid=${o[e]?`true`:void 0} aria-describedby=${o[e]?`err-customer-`+e:void 0}
      onInput=${()=>o[e]&&s(({[e]:t,...n})=>n)} />
    ${o[e]&&D`<span class="field-error" id=${`err-customer-`+e} data-field=${e}>${o[e]}</span>`}</label>`,d=Object.entries(o).filter(([e])=>![`name`,`company`,`segment`].includes(e));return D`<fieldset class="card" ref=${a} aria-label="New customer" onKeyDown=${e=>e.key===`Enter`&&(e.preventDefault(),l())}>
    <legend>New customer</legend>
    ${u(`name`,`Name`,t?.name??e)}
    ${u(`company`,`Company (optional)`,t?.company)}
    ${u(`segment`,`Segment (optional)`,t?.segment)}
    ${d.map(([e,t])=>D`<p class="error" role="alert">${e?e+`: `:``}${t}</p>`)}
    <div class="actions">
      <button type="button" onClick=${l}>Add the customer</button>
      ${i&&D`<button type="button" class="link" onClick=${i}>Cancel</button>`}
    </div>
  </fieldset>`}var eo=(e,t)=>({store:`customers`,op:`put`,record:{id:z(e),version:0,clientID:e,name:t.name,company:t.company,segment:t.segment,erased:!1}});function to({picked:e,setPicked:t,invalid:n}){let[r,i]=T(``),a=e=>e.name||$(`customers`,e.id,`A customer`);async function o(n){let r=V();await Si(r,`New customer ${n.name}`,Ua,{input:{clientID:r,...n}},void 0,eo(r,n)),t([...e,{id:z(r),name:n.name}]),i(``)}return D`<fieldset class="picker">
    <legend>Customers</legend>
    <ul class="chips" aria-label="Chosen customers">
      ${e.map(n=>D`<li><button type="button" class="chip on" aria-label=${`Remove `+a(n)} onClick=${()=>t(e.filter(e=>e.id!==n.id))}>${a(n)} ✕</button></li>`)}
    </ul>
    <${J} what="the customers" />
    <${Va} key=${e.length} label="Find a customer" placeholder="Name or company" find=${(t,n)=>La(t,n,e.length?t=>!e.some(e=>e.id===t.id):void 0)} useRemote=${Pa} show=${Ia} testid="customer-search"
      invalid=${n} describedBy=${n?`err-customerIDs`:void 0}
      onPick=${n=>(t([...e,{id:n.id,name:n.name}]),i(``))}
      footer=${(e,t)=>!r&&!t.items.some(t=>t.name.toLowerCase()===e.toLowerCase())&&D`<li><button type="button" class="option add" onClick=${()=>i(e)}>Add “${e}” as a new customer</button></li>`} />
    ${r&&D`<${$a} name=${r} add=${o} cancel=${()=>i(``)} />`}
  </fieldset>`}function no(e,t,n){let{clientID:r,attendeeIDs:i,...a}=n;return{store:`conversations`,op:`put`,record:{...a,id:z(e),version:0,clientID:e,leaderID:t}}}function ro(e){return{store:`followUps`,op:`put`,record:{id:z(e.clientID),version:0,clientID:e.clientID,action:e.action,ownerID:e.ownerID,dueOn:e.dueOn,conversationID:e.conversationID??null,reviewID:null,doneAt:null,quickWin:!1,newInitiative:!1}}}var io=(e,t=``)=>{let n={},r=Tn(`FollowUp`,`action`,e.action),i=Tn(`FollowUp`,`dueOn`,Xa(e.due));return r&&(n[t+`action`]=r),i&&(n[t+`dueOn`]=i),n};function ao({me:e,fix:t}){let n=Za(t),[r,i]=T(()=>t?.draft?.picked??(n.customerIDs??[]).map(e=>({id:e,name:``}))),[a,o]=T(n.mode??`VISIT`),[s,c]=T(()=>n.attendeeIDs??[]),[l,u]=T(n.sentiment??null),[d,f]=T([]),[p]=T(()=>Ja(n.occurredAt?new Date(String(n.occurredAt)):new Date)),[m,h]=T(!1),[g,ee]=T(-1),_=(e,t)=>f(d.map((n,r)=>e===r?{...n,...t}:n)),v=e=>{let t=new Date(String(e.get(`occurredAt`)??``)),n=String(e.get(`durationMinutes`)??``).trim();return{at:t,minutes:n,input:{mode:a,sentiment:l,customerIDs:r.map(e=>e.id),occurredAt:isNaN(t.getTime())?``:t.toISOString(),durationMinutes:n===``?null:Number(n),heard:Ya(e.get(`heard`)),painPoints:Ya(e.get(`painPoints`))}}},y=gn(e=>{let{at:t,minutes:n,input:i}=v(e),a=L(`Conversation`,{occurredAt:i.occurredAt,durationMinutes:i.durationMinutes,heard:i.heard,painPoints:i.painPoints});return r.length===0&&(a.customerIDs=`Choose at least one customer, or add a new one.`),isNaN(t.getTime())&&(a.occurredAt=`Say when it happened: a date and a time.`),n!==``&&!a.durationMinutes&&!Number.isInteger(Number(n))&&(a.durationMinutes=`Minutes: a whole number.`),d.forEach((e,t)=>Object.assign(a,io(e,`followUps.${t}.`))),a},Qa(t));E(()=>{g<0||(y.ref.current?.querySelector(`[name="followUps.${g}.action"]`)?.focus(),ee(-1))},[g]);let b=y.submit(async n=>{h(!0);let i=t?.id??V(),a=`Conversation with ${r.map(e=>e.name||$(`customers`,e.id,`a customer`)).join(`, `)}`,o={clientID:i,...v(n).input,...s.length?{attendeeIDs:s}:{}};await Ci(t,i,a,Wa,{input:o},{picked:r},no(i,e,o));for(let t of d){let n=V(),r={clientID:n,action:I(t.action),ownerID:t.owner||e,dueOn:Xa(t.due),conversationID:z(i)};await Si(n,`Follow-up: ${r.action}`,Ga,{input:r},void 0,ro(r))}W(t?`/pending`:`/conversations?saved=1`)}),te=y.errors;return D`<${Q} section=${t?`more`:`conversations`}>
    <h1>${t?`Fix: log a conversation`:`Log a conversation`}</h1>
    ${t&&D`<p class="muted">The server did not take this conversation. Change what it says, then send it again.</p>`}
    <form onSubmit=${b} onInput=${y.onInput} ref=${y.ref} aria-label="Log a conversation" novalidate>
      <${to} picked=${r} setPicked=${i} invalid=${!!te.customerIDs} />
      ${y.error(`customerIDs`)}
      <fieldset><legend>How</legend>
        <div class="chips" role="radiogroup" aria-label="How">
          ${Ka.map(e=>D`<button type="button" role="radio" aria-checked=${a===e} class=${a===e?`chip on`:`chip`} onClick=${()=>o(e)}>${q(e)}</button>`)}
        </div>
        ${y.error(`mode`)}
      </fieldset>
      <div class="row">
        <label>When <input type="datetime-local" defaultValue=${p} required ...${y.field(`occurredAt`)} />${y.error(`occurredAt`)}</label>
        <label>Minutes <input type="number" inputmode="numeric" defaultValue=${n.durationMinutes??``} ...${y.field(`durationMinutes`)} />${y.error(`durationMinutes`)}</label>
      </div>
      <label>What we heard <textarea rows="3" defaultValue=${String(n.heard??``)} ...${y.field(`heard`)}></textarea>${y.error(`heard`)}</label>
      <label>Pain points <textarea rows="2" defaultValue=${String(n.painPoints??``)} ...${y.field(`painPoints`)}></textarea>${y.error(`painPoints`)}</label>
      <fieldset><legend>How did the customer feel?</legend>
        <div class="chips" role="radiogroup" aria-label="Sentiment">
          ${qa.map(e=>D`<button type="button" role="radio" aria-checked=${l===e} class=${l===e?`chip on`:`chip`} onClick=${()=>u(l===e?null:e)}>${q(e)}</button>`)}
        </div>
        ${y.error(`sentiment`)}
      </fieldset>
      <fieldset><legend>Who else was there</legend>
        <p class="muted">They are credited with it in their own month too.</p>
        ${s.length>0&&D`<ul class="chips" aria-label="Also there">${s.map(e=>D`<li class="chip on">${$(`people`,e,`someone`)}
          <button type="button" class="link" aria-label=${`Remove `+$(`people`,e,`this person`)} onClick=${()=>c(s.filter(t=>t!==e))}>×</button></li>`)}</ul>`}
        ${s.length<20&&D`<${Va} label="Add a person" placeholder="Name" testid="attendee-search"
          find=${(t,n)=>{let r=Ra(t,n+s.length+1).items.filter(t=>t.id!==e&&!s.includes(t.id)).slice(0,n);return{items:r,total:r.length}}}
          onPick=${e=>c([...s,e.id])} />`}
        ${y.error(`attendeeIDs`)}
      </fieldset>
      ${t?D`<p class="muted">Its follow-ups, if any, wait in the list and are sent after it.</p>`:D`<fieldset><legend>Follow-ups</legend>
        ${d.map((t,n)=>D`<div class="followup">
          <label>Action <input value=${t.action} onInput=${e=>_(n,{action:e.target.value})} ...${y.field(`followUps.${n}.action`)} />${y.error(`followUps.${n}.action`)}</label>
          <${Ha} label="Owner" value=${t.owner} me=${e} onChange=${e=>_(n,{owner:e})} />
          <div class="row">
            <label>Due <input type="date" value=${t.due} onInput=${e=>_(n,{due:e.target.value})} ...${y.field(`followUps.${n}.dueOn`)} />${y.error(`followUps.${n}.dueOn`)}</label>
          </div>
          <button type="button" class="link" onClick=${()=>f(d.filter((e,t)=>t!==n))}>Remove this follow-up</button>
        </div>`)}
        <button type="button" class="secondary" onClick=${()=>(f([...d,{action:``,owner:e,due:``}]),ee(d.length))}>Add a follow-up</button>
      </fieldset>`}
      ${y.others()}
      <button type="submit" class="big" disabled=${m}>${t?`Send again`:`Save`}</button>
    </form>
  </${Q}>`}function oo({me:e,fix:t}){let n=Za(t),[r,i]=T(String(n.ownerID??e)),a=e=>({action:String(e.get(`action`)??``),owner:r,due:String(e.get(`dueOn`)??``)}),o=gn(e=>io(a(e)),Qa(t));return D`<${Q} section="more">
    <h1>Fix: a follow-up</h1>
    <form onSubmit=${o.submit(async e=>{let i=a(e),o={...n,clientID:t.id,action:I(i.action),ownerID:r,dueOn:Xa(i.due)};await Ci(t,t.id,`Follow-up: ${o.action}`,Ga,{input:o},void 0,ro(o)),W(`/pending`)})} onInput=${o.onInput} ref=${o.ref} aria-label="Follow-up" novalidate>
      <label>Action <input defaultValue=${String(n.action??``)} ...${o.field(`action`)} />${o.error(`action`)}</label>
      <${Ha} label="Owner" value=${r} me=${e} onChange=${i} />
      <div class="row">
        <label>Due <input type="date" defaultValue=${n.dueOn?String(n.dueOn).slice(0,10):``} ...${o.field(`dueOn`)} />${o.error(`dueOn`)}</label>
      </div>
      ${o.error(`ownerID`)}
      ${o.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${Q}>`}function so({fix:e}){let t=Za(e);async function n(n){await Ci(e,e.id,`New customer ${n.name}`,Ua,{input:{...t,clientID:e.id,...n}},void 0,eo(e.id,n)),W(`/pending`)}return D`<${Q} section="more">
    <h1>Fix: a new customer</h1>
    <${$a} name="" initial=${t} server=${Qa(e)} add=${n} />
  </${Q}>`}var co=R(`
  query ServerConversations($where: ConversationWhereInput, $after: Cursor) {
    conversations(first: 50, after: $after, where: $where, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id mode occurredAt heard leader { name } customers(first: 5) { totalCount edges { node { name } } } } }
    }
  }
`),lo=R(`
  query Conversation($id: ID!) {
    node(id: $id) {
      ... on Conversation {
        id mode occurredAt durationMinutes heard painPoints sentiment
        leader { name }
        customers(first: 100) { edges { node { id name company segment } } }
        followUps(first: 100) { totalCount edges { node { id action dueOn doneAt owner { name } } } }
      }
    }
  }
`),uo=R(`
  mutation SetFollowUpDone($id: ID!, $done: Boolean!) { setFollowUpDone(id: $id, done: $done) { ...FollowUpRow } }
`,[Kn]),fo=e=>e.customerIDs.map(e=>$(`customers`,e,`A customer`)).join(`, `),po=(e,t)=>{let n=ja([fo(e),e.heard??``,e.painPoints??``].join(` `));return ja(t).split(/\s+/).filter(Boolean).every(e=>n.includes(e))};function mo({where:e,everyone:t}){let n=Ca(co,{where:e},e=>e.conversations);return D`<section aria-label="On the server" data-testid="server-conversations">
    <${wa} p=${n} what="the conversations on the server" count=${(e,t)=>`${Z(t,`conversation`)} on the server, ${X(e)} shown.`} />
    <ul class="list">${n.items.map(e=>D`<li><a href=${`#/conversations/`+e.id}>
      <strong>${e.customers.edges?.map(e=>e?.node?.name).join(`, `)}</strong>
      <span class="muted"> · ${q(e.mode)} · ${G(e.occurredAt)}${t?` · `+e.leader.name:``}</span>
      ${e.heard&&D`<br /><span class="clip">${e.heard}</span>`}</a></li>`)}</ul>
    <${Ta} p=${n} label="Show more from the server" />
  </section>`}function ho({me:e,admin:t,saved:n}){let[r,i]=T(!1),[a,o]=T(``),[s,c]=T(!1);U();let l=ur(Date.now()),u=ea($i(),`createConversation`).filter(e=>e.status===`attention`),d=[...H(`conversations`).values()].filter(t=>r?Date.parse(t.occurredAt)>=Date.parse(l.everyone):t.leaderID===e).filter(e=>!a.trim()||po(e,a)).sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt)),[f,p]=Sa(d.length),m=d.filter(e=>e.pending).length,h=a.trim(),g={...r?{occurredAtLT:l.everyone}:{hasLeaderWith:[{id:e}],occurredAtLT:l.mine},...h?{or:[{heardContainsFold:h},{painPointsContainsFold:h},{hasCustomersWith:[{nameContainsFold:h}]}]}:{}};return D`<${Q} section="conversations">
    <h1>Conversations</h1>
    ${n&&D`<p class="notice" role="status">Saved${m?`: it is sent as soon as Walker can reach the server.`:`.`}</p>`}
    <a class="button big" href="#/log">Log a conversation</a>
    <label>Search <input type="search" value=${a} onInput=${e=>o(e.target.value)} placeholder="Customer, what we heard, pain points" /></label>
    ${t&&D`<div class="chips" role="radiogroup" aria-label="Whose">
      <button type="button" role="radio" aria-checked=${!r} class=${r?`chip`:`chip on`} onClick=${()=>i(!1)}>Mine</button>
      <button type="button" role="radio" aria-checked=${r} class=${r?`chip on`:`chip`} onClick=${()=>i(!0)}>Everyone's</button>
    </div>`}
    ${u.length>0&&D`<ul class="list" aria-label="Not saved">
      ${u.map(e=>D`<li class="pending" data-testid="pending-conversation"><span>${e.label}</span> <${Y} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}
    </ul>`}
    <${J} what="the conversations" />
    <p class="muted" data-testid="conversation-count">${Z(d.length,`conversation`)}${r?` this month and last`:` in the last 12 months`}${m?`, ${m} waiting to sync`:``}</p>
    <ul class="list">
      ${d.slice(0,f).map(e=>D`<li data-testid="conversation"><a href=${`#/conversations/`+encodeURIComponent(e.id)}>
        <strong>${fo(e)}</strong>
        <span class="muted"> · ${q(e.mode)} · ${G(e.occurredAt)}${r?` · `+$(`people`,e.leaderID):``}</span>
        ${e.pending&&D` <${Y} e=${e.pending} />`}
        ${e.heard&&D`<br /><span class="clip">${e.heard}</span>`}
      </a></li>`)}
    </ul>
    ${p()}
    ${s?D`<${mo} key=${JSON.stringify(g)} where=${g} everyone=${r} />`:D`<button type="button" class="secondary" onClick=${()=>c(!0)}>${r?`Older conversations, on the server`:`Older than 12 months, on the server`}</button>`}
  </${Q}>`}function go({f:e,me:t,admin:n}){let r=!!e.doneAt;async function i(){await Si(V(),`${r?`Not done`:`Done`}: ${e.action}`,uo,{id:e.id,done:!r},void 0,{store:`followUps`,op:`patch`,id:e.id,fields:{doneAt:r?null:new Date().toISOString()}})}async function a(){ba(`Follow-up deleted.`,{label:`Undo`,run:await Ii(`followUps`,e,`follow-up “${e.action}”`)})}return D`<li><label class="check"><input type="checkbox" checked=${r} disabled=${!zi(`followUps`,e,t,n)} onChange=${i} />
      <span>${e.action} <span class="muted">· ${$(`people`,e.ownerID,`someone`)}${e.dueOn?` · due `+G(e.dueOn):``}</span></span></label>
    ${(e.pending||e.refused)&&D`<${Y} e=${e.pending??e.refused} />`}
    ${Ri(`followUps`,e,t,n)&&D`<button type="button" class="link" onClick=${a}>Delete this follow-up</button>`}</li>`}function _o({id:e,me:t,admin:n}){U();let r=Yi(`conversations`,e);if(!r)return D`<${vo} id=${e} />`;let i=[...H(`followUps`).values()].filter(e=>e.conversationID===r.id||r.clientID&&e.conversationID===z(r.clientID));async function a(){let e=await Ii(`conversations`,r,`conversation with ${fo(r)}`);W(`/conversations`),ba(`Conversation deleted.`,{label:`Undo`,run:e})}return D`<${Q} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <h1>${fo(r)}</h1>
    ${r.pending&&D`<p><${Y} e=${r.pending} /> Kept on this device until the server has it.</p>`}
    ${r.refused&&D`<p class="error" role="alert">Your change was not saved: ${r.refused.error} <a href="#/pending">Waiting to sync</a></p>`}
    <p class="muted">${q(r.mode)} · ${K(r.occurredAt)}${r.durationMinutes?` · ${r.durationMinutes} min`:``} · ${$(`people`,r.leaderID)}${r.sentiment?` · `+q(r.sentiment):``}</p>
    ${r.heard&&D`<h2>What we heard</h2><p class="text">${r.heard}</p>`}
    ${r.painPoints&&D`<h2>Pain points</h2><p class="text">${r.painPoints}</p>`}
    <h2>Follow-ups</h2>
    ${i.length===0&&D`<p class="muted">None.</p>`}
    <ul class="list">${i.map(e=>D`<${go} key=${e.id} f=${e} me=${t} admin=${n} />`)}</ul>
    ${zi(`conversations`,r,t,n)&&D`<a class="button secondary" href=${`#/conversations/`+r.id+`/edit`}>Edit the conversation</a>`}
    ${Ri(`conversations`,r,t,n)&&D`<button type="button" class="secondary danger" onClick=${a}>Delete this conversation</button>`}
  </${Q}>`}function vo({id:e}){let t=Qi(lo,{id:e}),n=t.data?.node&&`mode`in t.data.node?t.data.node:null;return D`<${Q} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <${fa} r=${t} what="this conversation" />
    ${t.data&&!n&&D`<p>This conversation is not there any more.</p>`}
    ${n&&D`<h1>${n.customers.edges?.map(e=>e?.node?.name).join(`, `)}</h1>
      <p class="muted">${q(n.mode)} · ${K(n.occurredAt)}${n.durationMinutes?` · ${n.durationMinutes} min`:``} · ${n.leader.name}${n.sentiment?` · `+q(n.sentiment):``}</p>
      ${n.heard&&D`<h2>What we heard</h2><p class="text">${n.heard}</p>`}
      ${n.painPoints&&D`<h2>Pain points</h2><p class="text">${n.painPoints}</p>`}
      <h2>Follow-ups</h2>
      <p class="muted">${Z(n.followUps.totalCount,`follow-up`)}.</p>
      <ul class="list">${n.followUps.edges?.map(e=>e?.node&&D`<li>${e.node.action} <span class="muted">· ${e.node.owner.name}${e.node.dueOn?` · due `+G(e.node.dueOn):``}${e.node.doneAt?` · done`:``}</span></li>`)}</ul>`}
  </${Q}>`}function yo({id:e,fix:t}){U();let n=Yi(`conversations`,e),r={...n??{},...t?.draft?.patch??{}},i=e=>{let t=new Date(String(e.get(`occurredAt`)??``)),n=String(e.get(`durationMinutes`)??``).trim(),r=t=>I(String(e.get(t)??``))||null;return{mode:String(e.get(`mode`)),occurredAt:isNaN(t.getTime())?``:t.toISOString(),durationMinutes:n===``?null:Number(n),heard:r(`heard`),painPoints:r(`painPoints`),sentiment:String(e.get(`sentiment`)??``)||null}},a=gn(e=>{let t=i(e),n=L(`Conversation`,{occurredAt:t.occurredAt,durationMinutes:t.durationMinutes,heard:t.heard??``,painPoints:t.painPoints??``});return t.occurredAt||(n.occurredAt=`Say when it happened: a date and a time.`),t.durationMinutes!==null&&!n.durationMinutes&&!Number.isInteger(t.durationMinutes)&&(n.durationMinutes=`Minutes: a whole number.`),n},Qa(t));if(!n)return D`<${Q} section="conversations"><a href="#/conversations">← Conversations</a><${J} what="the conversations" />
      ${Xi()&&D`<p>This conversation is not there any more.</p>`}</${Q}>`;let o=a.submit(async e=>{let r=i(e),a=`Conversation edited: ${fo(n)}`;if(t){let e=Bn(n,r);await Ci(t,t.id,t.label,Ai,{id:n.id,input:zn(e),expectedVersion:n.version},{...t.draft,patch:e,was:n},{store:`conversations`,op:`patch`,id:n.id,fields:e}),W(`/pending`)}else await Fi(`conversations`,n,r,a)||ba(`Nothing changed.`),W(`/conversations/`+n.id)});return D`<${Q} section=${t?`more`:`conversations`}>
    <a href=${`#/conversations/`+n.id}>← ${fo(n)}</a>
    <h1>${t?`Fix: edit a conversation`:`Edit the conversation`}</h1>
    ${n.pending&&D`<p><${Y} e=${n.pending} /> Your last change is kept on this device until the server has it.</p>`}
    <form class="card" aria-label="Edit the conversation" onSubmit=${o} onInput=${a.onInput} ref=${a.ref} novalidate>
      <label>How <select name="mode">${Ka.map(e=>D`<option value=${e} selected=${(r.mode??n.mode)===e}>${q(e)}</option>`)}</select></label>
      <label>When <input type="datetime-local" required defaultValue=${Ja(new Date(String(r.occurredAt??n.occurredAt)))} ...${a.field(`occurredAt`)} />${a.error(`occurredAt`)}</label>
      <label>Minutes <input type="number" min="0" max="1440" inputmode="numeric" defaultValue=${r.durationMinutes??``} ...${a.field(`durationMinutes`)} />${a.error(`durationMinutes`)}</label>
      <label>What we heard <textarea rows="4" defaultValue=${r.heard??``} ...${a.field(`heard`)}></textarea>${a.error(`heard`)}</label>
      <label>Pain points <textarea rows="3" defaultValue=${r.painPoints??``} ...${a.field(`painPoints`)}></textarea>${a.error(`painPoints`)}</label>
      <label>How they felt <select name="sentiment"><option value="">Not said</option>${qa.map(e=>D`<option value=${e} selected=${r.sentiment===e}>${q(e)}</option>`)}</select></label>
      ${a.others()}
      <button type="submit">${t?`Send again`:`Save the changes`}</button>
    </form>
  </${Q}>`}var bo=R(`
  mutation Nominate($input: CreateNominationInput!) { createNomination(input: $input) { ...NominationRow } }
`,[Jn]),xo=R(`
  mutation Endorse($input: CreateEndorsementInput!) { createEndorsement(input: $input) { ...EndorsementRow } }
`,[Yn]),So=R(`
  mutation Approve($id: ID!, $note: String) { approveNomination(id: $id, note: $note) { ...NominationRow } }
`,[Jn]),Co=R(`
  mutation Decline($id: ID!, $note: String) { declineNomination(id: $id, note: $note) { ...NominationRow } }
`,[Jn]),wo=e=>[...H(`endorsements`).values()].filter(t=>t.nominationID===e.id||e.clientID&&t.nominationID===z(e.clientID)),To=()=>[...H(`nominations`).values()].filter(e=>e.status===`OPEN`).sort((e,t)=>Date.parse(e.createdAt)-Date.parse(t.createdAt)),Eo=(e,t)=>e.status===`OPEN`&&e.nomineeID!==t&&e.nominatorID!==t&&!e.pending&&!wo(e).some(e=>e.endorserID===t);async function Do(e,t,n){let r=V(),i={clientID:r,nominationID:e.id,comment:n},a={id:z(r),version:0,clientID:r,createdAt:new Date().toISOString(),nominationID:e.id,endorserID:t,comment:n};await Si(r,`Endorsement of ${$(`people`,e.nomineeID,`someone`)}`,xo,{input:i},void 0,{store:`endorsements`,op:`put`,record:a})}function Oo({nom:e,me:t,admin:n}){let[r,i]=T(``),[a,o]=T(``),s=wo(e),c=s.find(e=>e.endorserID===t),l=$(`people`,e.nomineeID,`Someone`),u=!!e.pending;async function d(){let n=Tn(`Endorsement`,`comment`,r);if(o(n),n)return document.getElementById(`why-`+e.id)?.focus();await Do(e,t,Ya(r))}async function f(t){let n=t?`APPROVED`:`DECLINED`,r={store:`nominations`,op:`patch`,id:e.id,fields:{status:n}};t?await Si(V(),`Approve ${l}`,So,{id:e.id,note:null},void 0,r):await Si(V(),`Decline ${l}`,Co,{id:e.id,note:null},void 0,r)}async function p(e){ba(`Endorsement withdrawn.`,{label:`Undo`,run:await Ii(`endorsements`,e,`endorsement of ${l}`)})}async function m(){ba(`Nomination deleted.`,{label:`Undo`,run:await Ii(`nominations`,e,`nomination of ${l}`)})}let h=e.customerID?$(`customers`,e.customerID):``;return D`<li class="nomination" data-testid="nomination">
    <strong>${l}</strong> <span class="muted">nominated by ${$(`people`,e.nominatorID,`someone`)}, ${G(e.createdAt)}</span>
    ${e.pending&&D` <${Y} e=${e.pending} />`}
    ${e.refused&&D`<p class="error">Not done: ${e.refused.error} <a href="#/pending">Waiting to sync</a></p>`}
    <p>${e.story}${h?D` <span class="muted">(for ${h})</span>`:``}</p>
    <p class="muted">${Z(s.length,`endorsement`)}${s.length?`: `+s.map(e=>$(`people`,e.endorserID,`someone`)).join(`, `):``}</p>
    <div class="actions">
      ${Eo(e,t)&&D`<label>Why you endorse (optional) <input id=${`why-`+e.id} value=${r}
        onInput=${e=>(i(e.target.value),o(``))}
        aria-invalid=${a?`true`:void 0} aria-describedby=${a?`err-why-`+e.id:void 0} />
        ${a&&D`<span class="field-error" id=${`err-why-`+e.id}>${a}</span>`}</label><button type="button" class="secondary" onClick=${d}>Endorse ${l}</button>`}
      ${c&&D`${c.pending&&D`<${Y} e=${c.pending} />`}<button type="button" class="link" onClick=${()=>p(c)}>Withdraw my endorsement</button>`}
      ${n&&!u&&D`<button type="button" onClick=${()=>f(!0)}>Approve</button>
        <button type="button" class="secondary" onClick=${()=>f(!1)}>Decline</button>`}
      ${Ri(`nominations`,e,t,n)&&D`<button type="button" class="link" onClick=${m}>Delete the nomination</button>`}
    </div>
  </li>`}function ko({me:e,admin:t}){U();let n=$i(),r=[...ea(n,`createNomination`),...ea(n,`createEndorsement`)].filter(e=>e.status===`attention`),i=To(),a=[...H(`people`).values()].filter(e=>e.champion&&!e.deactivatedAt).sort((e,t)=>e.name.localeCompare(t.name)),[o,s]=Sa(i.length,20),[c,l]=Sa(a.length);return D`<${Q} section="champions">
    <h1>Champions</h1>
    <a class="button big" href="#/champions/nominate">Nominate a champion</a>
    ${r.length>0&&D`<ul class="list" aria-label="Not saved">${r.map(e=>D`<li class="pending">${e.label} <${Y} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    <${J} what="the champions" />
    <h2>Open nominations</h2>
    <p class="muted">${X(i.length)} open.</p>
    <ul class="list">${i.slice(0,o).map(n=>D`<${Oo} key=${n.id} nom=${n} me=${e} admin=${t} />`)}</ul>
    ${s()}
    <h2>Champions</h2>
    ${a.length===0?D`<p class="muted">No champions yet: nominate someone who put a customer first.</p>`:D`<p class="muted">${Z(a.length,`champion`)}.</p>`}
    <ul class="list" data-testid="champions">
      ${a.slice(0,c).map(e=>D`<li>★ <strong>${e.name}</strong>${e.title?D` <span class="muted">${e.title}</span>`:``}</li>`)}
    </ul>
    ${l()}
  </${Q}>`}function Ao({value:e,onChange:t}){U();let n=e?Yi(`customers`,e):void 0;return D`<fieldset><legend>For which customer (optional)</legend>
    <input type="hidden" name="customerID" value=${e} />
    ${e?D`<p class="chosen"><strong>${n?Ia(n):`The customer chosen`}</strong> <button type="button" class="link" onClick=${()=>t(``)}>Remove</button></p>`:D`<${Va} label="Find the customer" placeholder="Name or company" find=${La} useRemote=${Pa} show=${Ia} onPick=${e=>t(e.id)} />`}
  </fieldset>`}function jo({me:e,fix:t,prefill:n}){let r=t?Za(t):{...n??{}},[i,a]=T(String(r.nomineeID??``)),[o,s]=T(String(r.customerID??``));U();let c=[...H(`conversations`).values()].filter(e=>!e.pending).sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt)),l=e=>({nomineeID:i,story:I(String(e.get(`story`)??``)),customerID:o||null,conversationID:String(e.get(`conversationID`)||``)||null}),u=gn(e=>{let t=l(e),n=L(`Nomination`,{story:t.story});return t.nomineeID||(n.nomineeID=`Choose whom you nominate.`),n},Qa(t)),d=u.submit(async n=>{let r=l(n),i=$(`people`,r.nomineeID,`a peer`),a=t?.id??V(),o={id:z(a),version:0,clientID:a,createdAt:new Date().toISOString(),status:`OPEN`,nominatorID:e,...r};await Ci(t,a,`Nomination of ${i}`,bo,{input:{clientID:a,...r}},void 0,{store:`nominations`,op:`put`,record:o}),W(t?`/pending`:`/champions`)}),f=(e,t)=>r[e]===t;return D`<${Q} section=${t?`more`:`champions`}>
    <h1>${t?`Fix: nominate a champion`:`Nominate a champion`}</h1>
    ${t&&D`<p class="muted">The server did not take this nomination. Change it, then send it again.</p>`}
    <form onSubmit=${d} onInput=${u.onInput} ref=${u.ref} aria-label="Nominate a champion" novalidate>
      <${J} what="the people" />
      <${Ha} label="Who" name="nomineeID" value=${i} me=${e} exclude=${e} onChange=${e=>(a(e),u.onInput({target:{name:`nomineeID`}}))}
        invalid=${!!u.errors.nomineeID} describedBy=${u.errors.nomineeID?`err-nomineeID`:void 0} />
      ${u.error(`nomineeID`)}
      <label>What they did <textarea rows="4" required defaultValue=${String(r.story??``)} ...${u.field(`story`)}></textarea>${u.error(`story`)}</label>
      <${Ao} value=${o} onChange=${s} />
      ${u.error(`customerID`)}
      <label>Evidence: a conversation (optional) <select ...${u.field(`conversationID`)}>
        <option value="">—</option>
        ${r.conversationID&&!c.slice(0,30).some(e=>e.id===r.conversationID)&&D`<option value=${String(r.conversationID)} selected>The conversation behind the win</option>`}
        ${c.slice(0,30).map(e=>D`<option value=${e.id} selected=${f(`conversationID`,e.id)}>${fo(e)} · ${$(`people`,e.leaderID)} · ${G(e.occurredAt)}</option>`)}
      </select>${c.length>30?D`<span class="muted hint">The 30 most recent of the ${X(c.length)} on this device.</span>`:``}${u.error(`conversationID`)}</label>
      ${u.others()}
      <button type="submit" class="big">${t?`Send again`:`Nominate`}</button>
    </form>
  </${Q}>`}function Mo({fix:e,me:t}){let n=Za(e),r=gn(e=>L(`Endorsement`,{comment:String(e.get(`comment`)??``)}),Qa(e)),i=r.submit(async r=>{let i={...n,clientID:e.id,comment:Ya(r.get(`comment`))},a={id:z(e.id),version:0,clientID:e.id,createdAt:new Date(e.createdAt).toISOString(),nominationID:n.nominationID,endorserID:t,comment:i.comment};await Ci(e,e.id,e.label,xo,{input:i},void 0,{store:`endorsements`,op:`put`,record:a}),W(`/pending`)});return D`<${Q} section="more">
    <h1>Fix: ${e.label}</h1>
    <form onSubmit=${i} onInput=${r.onInput} ref=${r.ref} aria-label="Endorsement" novalidate>
      <label>Why you endorse (optional) <textarea rows="3" defaultValue=${String(n.comment??``)} ...${r.field(`comment`)}></textarea>${r.error(`comment`)}</label>
      ${r.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${Q}>`}var No=R(`
  query Me($p: String!) {
    viewer {
      id name email role champion weekStreak
      month(period: $p) {
        customersMet daysWithCustomers decisionsWithCustomerBenefit walker
        commitments { behaviour target actual met period pace }
        customersMetByMonth { period count }
      }
    }
    organization { name }
  }
`),Po={CUSTOMERS_MET:`Customers met`,DAYS_WITH_CUSTOMERS:`Days with customers`,MINUTES_WITH_CUSTOMERS:`Minutes with customers`,DECISIONS_WITH_BENEFIT:`Decisions with a customer benefit`,CLV_DECISIONS:`Decisions with a CLV impact`,FEEDBACK_REVIEWS:`Feedback reviews`,ONLINE_COMMENTS:`Online comments answered`,CALL_LISTENING:`Calls listened to`,RECOGNITIONS:`Champions recognised`,NEW_INITIATIVES:`New initiatives`,FOLLOW_UPS_ON_TIME:`Follow-ups on time (%)`};function Fo(){U();let e=To(),[t,n]=Sa(e.length,10);return!Xi()||e.length===0?null:D`<section class="card" aria-label="Nominations waiting for you" data-testid="waiting-nominations">
    <h2>${X(e.length)} nomination${e.length===1?``:`s`} waiting for you</h2>
    <ul class="list">
      ${e.slice(0,t).map(e=>D`<li><a href="#/champions"><strong>${$(`people`,e.nomineeID,`Someone`)}</strong>, by ${$(`people`,e.nominatorID,`someone`)} · ${Z(wo(e).length,`endorsement`)}</a></li>`)}
    </ul>
    ${n()}
  </section>`}function Io({month:e,admin:t}){let n=Qi(No,{p:e}),r=$i(),i=n.data?.viewer,a=i?.month,o=ea(r,`createConversation`).length;return D`<${Q} section="">
    <${fa} r=${n} what="your month" />
    ${i&&a&&D`
      <h1>Hello, ${i.name}</h1>
      <p class="muted">${n.data?.organization.name} · ${i.role.toLowerCase()}${i.champion?` · ★ champion`:``}</p>
      <a class="button big" href="#/log" data-testid="log">Log a conversation</a>
      <section class="card" aria-label="My month">
        <h2>My month</h2>
        <p class="verdict" data-testid="verdict">${a.commitments.length===0?`Make a commitment to see whether you walk the talk.`:a.walker?`Walker: you meet every commitment.`:`Not yet a walker this month.`}</p>
        <ul class="stats">
          <li data-testid="customers-met"><strong>${a.customersMet}</strong> ${a.customersMet===1?`customer`:`customers`} met${o?D` <span class="muted">(+${o} conversation${o===1?``:`s`} waiting to sync)</span>`:``}</li>
          <li><strong>${X(a.daysWithCustomers)}</strong> ${a.daysWithCustomers===1?`day`:`days`} with customers</li>
          <li><strong>${X(a.decisionsWithCustomerBenefit)}</strong> ${a.decisionsWithCustomerBenefit===1?`decision`:`decisions`} with a customer benefit</li>
          <li data-testid="streak"><strong>${i.weekStreak}</strong> week${i.weekStreak===1?``:`s`} in a row with customers</li>
        </ul>
        ${a.commitments.length>0&&D`<ul class="commitments">
          ${a.commitments.map(e=>D`<li class=${e.met?`met`:`short`} data-testid="commitment">${Po[e.behaviour]}: ${e.actual} of ${e.target}${e.period===`QUARTER`?` this quarter`:``} <span class=${`pace `+e.pace.toLowerCase()}>${ia[e.pace]}</span></li>`)}
        </ul>`}
        <a href="#/commitments">${a.commitments.length?`Change my commitments`:`Make a commitment`}</a>
      </section>
      <section class="card" aria-label="My customers met, 12 months">
        <h2>Customers met, 12 months</h2>
        <${Ea} series=${a.customersMetByMonth} label="Customers I met per month, the last 12 months" />
      </section>
`}
    ${t&&D`<${Fo} />`}
  </${Q}>`}var Lo=R(`
  mutation CreateCommitment($input: CreateCommitmentInput!) { createCommitment(input: $input) { ...CommitmentRow } }
`,[Zn]),Ro={CUSTOMERS_MET:5,DAYS_WITH_CUSTOMERS:2,FOLLOW_UPS_ON_TIME:90,MINUTES_WITH_CUSTOMERS:240},zo=e=>D`<label>Per <select name="period">
  <option value="MONTH" selected=${e===`MONTH`}>Month</option><option value="QUARTER" selected=${e===`QUARTER`}>Quarter</option></select></label>`;function Bo({me:e,c:t,behaviour:n,target:r,period:i,choices:a,fix:o}){let s=e=>({behaviour:String(e.get(`behaviour`)??``)||n,target:Number(e.get(`target`)),period:String(e.get(`period`))}),c=gn(e=>{let t=s(e),n=L(`Commitment`,{target:t.target});return!n.target&&!Number.isInteger(t.target)&&(n.target=`a whole number`),!n.target&&t.behaviour===`FOLLOW_UPS_ON_TIME`&&t.target>100&&(n.target=`a percentage: at most 100`),n},Qa(o)),l=c.submit(async n=>{let r=s(n),i=r.behaviour?`Commitment: ${Po[r.behaviour]} ${r.target}`:o?.label??`Commitment`,a={target:r.target,period:r.period};if(t&&o){let e=Bn(t,a);await Ci(o,o.id,i,ki,{id:t.id,input:zn(e),expectedVersion:t.version},{...o.draft,patch:e,was:t},{store:`commitments`,op:`patch`,id:t.id,fields:e})}else if(t)await Fi(`commitments`,t,a,i);else{let t=o?.id??V(),n={id:z(t),version:0,clientID:t,behaviour:r.behaviour,target:r.target,period:r.period,leaderID:e};await Ci(o,t,i,Lo,{input:{behaviour:r.behaviour,target:r.target,period:r.period}},void 0,{store:`commitments`,op:`put`,record:n})}o?W(`/pending`):t||c.ref.current?.reset()});async function u(){t&&ba(`Commitment deleted.`,{label:`Undo`,run:await Ii(`commitments`,t,`commitment “${Po[t.behaviour]}”`)})}let d=a?`Commit to more`:n?Po[n]:o?.label??``;return D`<form class="card" aria-label=${a?`New commitment`:d} onSubmit=${l} onInput=${c.onInput} ref=${c.ref} novalidate>
    <h2>${d}</h2>
    ${a&&D`<label>Behaviour <select name="behaviour">${a.map(e=>D`<option value=${e}>${Po[e]}</option>`)}</select></label>`}
    <div class="row"><label>Target <input type="number" inputmode="numeric" defaultValue=${r} ...${c.field(`target`)} />${c.error(`target`)}</label>${zo(i)}</div>
    ${c.others()}
    ${t?.pending&&D`<p><${Y} e=${t.pending} /></p>`}
    ${t?.refused&&D`<p class="error">Your change was not saved: ${t.refused.current?`it changed on another device.`:t.refused.error} <a href=${`#/pending/`+encodeURIComponent(t.refused.id)}>Resolve</a></p>`}
    <div class="actions">
      <button type="submit" class=${a?``:`secondary`}>${o?`Send again`:a?`Commit`:`Update`}</button>
      ${t&&!o&&D`<button type="button" class="link" onClick=${u}>Delete this commitment</button>`}
    </div>
  </form>`}function Vo({me:e}){U();let t=[...ea($i(),`createCommitment`)].filter(e=>e.status===`attention`),n=[...H(`commitments`).values()].filter(t=>t.leaderID===e),r=Object.keys(Po).filter(e=>!n.some(t=>t.behaviour===e));return D`<${Q} section="more">
    <h1>My commitments</h1>
    <p class="muted">What you commit to do for customers; Walker measures it from what you log.</p>
    <${J} what="your commitments" />
    ${t.length>0&&D`<ul class="list" aria-label="Not saved">${t.map(e=>D`<li class="pending">${e.label} <${Y} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    ${n.map(t=>D`<${Bo} key=${t.id+`:`+t.version+`:`+(t.pending?.id??``)} me=${e} c=${t} behaviour=${t.behaviour} target=${t.target} period=${t.period} />`)}
    ${r.length>0&&D`<${Bo} key=${r.join()} me=${e} choices=${r} target=${Ro[r[0]]??1} period="MONTH" />`}
  </${Q}>`}function Ho({me:e,fix:t}){U();let n=t.variables.input,r=t.effect?.op===`patch`?Yi(`commitments`,t.effect.id):void 0,i=t.draft?.patch??{};return D`<${Q} section="more"><h1>Fix: a commitment</h1>
    ${t.effect?.op===`patch`&&!r?D`<p>This commitment is not there any more.</p>`:D`<${Bo} me=${e} c=${r} behaviour=${r?.behaviour??n.behaviour} target=${i.target??r?.target??n.target} period=${i.period??r?.period??n.period} fix=${t} />`}
  </${Q}>`}var Uo=[`PROPOSED`,`DECIDED`,`IMPLEMENTED`,`REVERSED`],Wo=R(`
  mutation CreateDecision($input: CreateDecisionInput!) { createDecision(input: $input) { ...DecisionRow } }
`,[qn]),Go=(e,t)=>e===`PROPOSED`?null:t??new Date().toISOString();function Ko({d:e,me:t,admin:n}){async function r(t){await Fi(`decisions`,e,{status:t,decidedAt:Go(t,e.decidedAt)},`${e.title}: ${q(t).toLowerCase()}`)}async function i(){ba(`Decision deleted.`,{label:`Undo`,run:await Ii(`decisions`,e,`decision “${e.title}”`)})}let a=zi(`decisions`,e,t,n);return D`<li class="decision" data-testid="decision">
    <strong>${e.title}</strong> <span class=${`status `+e.status.toLowerCase()}>${q(e.status)}</span> ${e.pending&&D`<${Y} e=${e.pending} />`}
    ${e.refused&&D`<p class="error">Your change was not saved: ${e.refused.current?`it changed on another device.`:e.refused.error} <a href=${`#/pending/`+encodeURIComponent(e.refused.id)}>Resolve</a></p>`}
    <p><span class="muted">For the customer:</span> ${e.customerBenefit}</p>
    ${e.context&&D`<p class="muted">${e.context}</p>`}
    <p class="muted">${$(`people`,e.ownerID,`Someone`)}${e.decidedAt?` · decided `+G(e.decidedAt):``}${e.clvImpact==null?``:` · CLV ${e.clvImpact>0?`+`:``}${e.clvImpact}`} · ${Z(e.evidenceCount,`conversation`)} as evidence</p>
    <div class="actions">
      ${a&&D`<label>Status <select value=${e.status} onChange=${e=>r(e.target.value)}>
        ${Uo.map(e=>D`<option value=${e}>${q(e)}</option>`)}
      </select></label>`}
      ${a&&D`<a class="button secondary" href=${`#/decisions/`+encodeURIComponent(e.id)}>Edit</a>`}
      ${Ri(`decisions`,e,t,n)&&D`<button type="button" class="link" onClick=${i}>Delete</button>`}
    </div>
  </li>`}function qo({me:e,admin:t}){let[n,r]=T(``);U();let i=ea($i(),`createDecision`).filter(e=>e.status===`attention`),a=[...H(`decisions`).values()].filter(e=>!n||e.status===n).sort((e,t)=>Date.parse(t.createdAt||``)-Date.parse(e.createdAt||``)||(e.pending?-1:0)),[o,s]=Sa(a.length);return D`<${Q} section="decisions">
    <h1>Decisions</h1>
    <a class="button big" href="#/decisions/new">Record a decision</a>
    <div class="chips" role="radiogroup" aria-label="Status">
      ${[``,...Uo].map(e=>D`<button type="button" role="radio" aria-checked=${n===e} class=${n===e?`chip on`:`chip`} onClick=${()=>r(e)}>${e?q(e):`All`}</button>`)}
    </div>
    ${i.length>0&&D`<ul class="list" aria-label="Not saved">${i.map(e=>D`<li class="pending" data-testid="pending-decision">${e.label} <${Y} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    <${J} what="the decisions" />
    <p class="muted" data-testid="decision-count">${Z(a.length,`decision`)}${n?` `+q(n).toLowerCase():``}</p>
    <ul class="list">${a.slice(0,o).map(n=>D`<${Ko} key=${n.id} d=${n} me=${e} admin=${t} />`)}</ul>
    ${s()}
  </${Q}>`}var Jo=e=>[...H(`conversations`).values()].filter(t=>t.leaderID===e&&!or(t.id)).sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt));function Yo({me:e,chosen:t,setChosen:n}){U();let r=Jo(e),[i,a]=Sa(r.length,20);return D`<fieldset><legend>Evidence: conversations</legend>
    <${J} what="your conversations" />
    ${r.slice(0,i).map(e=>D`<label class="check"><input type="checkbox" checked=${t.includes(e.id)}
      onChange=${r=>n(r.target.checked?[...t,e.id]:t.filter(t=>t!==e.id))} />
      <span>${fo(e)} <span class="muted">· ${G(e.occurredAt)}</span></span></label>`)}
    ${a()}
    ${r.length===0&&D`<p class="muted">No conversations logged yet.</p>`}
  </fieldset>`}function Xo({label:e,initial:t,choices:n,server:r,evidence:i,submitLabel:a,onSave:o}){let s=e=>{let t=String(e.get(`clvImpact`)??``).trim();return{clv:t,values:{title:I(String(e.get(`title`)??``)),customerBenefit:I(String(e.get(`customerBenefit`)??``)),context:Ya(e.get(`context`)),clvImpact:t?Number(t):null,status:String(e.get(`status`)||`PROPOSED`)}}},c=gn(e=>{let{clv:t,values:n}=s(e),r=L(`Decision`,{title:n.title,customerBenefit:n.customerBenefit,context:n.context,clvImpact:n.clvImpact});return t&&!Number.isFinite(Number(t))&&(r.clvImpact=`a number, e.g. 12000 or -500`),r},r);return D`<form onSubmit=${c.submit(e=>o(s(e).values))} onInput=${c.onInput} ref=${c.ref} aria-label=${e} novalidate>
    <label>Title <input required defaultValue=${String(t.title??``)} ...${c.field(`title`)} />${c.error(`title`)}</label>
    <label>What's in it for the customer? (required)
      <span class="muted hint" id="benefit-help">Say what the customer gains, in their terms.</span>
      <textarea rows="3" required defaultValue=${String(t.customerBenefit??``)} ...${c.field(`customerBenefit`)}></textarea>
      ${c.error(`customerBenefit`)}
    </label>
    <label>Context <textarea rows="2" defaultValue=${String(t.context??``)} ...${c.field(`context`)}></textarea>${c.error(`context`)}</label>
    <div class="row">
      <label>CLV impact <input inputmode="decimal" placeholder="e.g. 12000" defaultValue=${t.clvImpact??``} ...${c.field(`clvImpact`)} />${c.error(`clvImpact`)}</label>
      <label>Status <select name="status">${n.map(e=>D`<option value=${e} selected=${(t.status??`PROPOSED`)===e}>${q(e)}</option>`)}</select></label>
    </div>
    ${i}
    ${c.error(`evidenceIDs`)}
    ${c.others()}
    <button type="submit" class="big">${a}</button>
  </form>`}function Zo({me:e,fix:t}){let n=Za(t),[r,i]=T(n.evidenceIDs??[]);async function a(i){let a=t?.id??V(),o={clientID:a,...i,evidenceIDs:r,decidedAt:Go(i.status,n.decidedAt)},s={id:z(a),version:0,clientID:a,createdAt:new Date().toISOString(),title:i.title,context:i.context,customerBenefit:i.customerBenefit,clvImpact:i.clvImpact,status:i.status,decidedAt:o.decidedAt,ownerID:e,evidenceCount:r.length};await Ci(t,a,`Decision: ${i.title}`,Wo,{input:o},void 0,{store:`decisions`,op:`put`,record:s}),W(t?`/pending`:`/decisions`)}return D`<${Q} section=${t?`more`:`decisions`}>
    <h1>${t?`Fix: record a decision`:`Record a decision`}</h1>
    ${t&&D`<p class="muted">The server did not take this decision. Change what it says, then send it again.</p>`}
    <${Xo} label="Record a decision" initial=${n} choices=${Uo.slice(0,2)} server=${Qa(t)}
      evidence=${D`<${Yo} me=${e} chosen=${r} setChosen=${i} />`} submitLabel=${t?`Send again`:`Save the decision`} onSave=${a} />
  </${Q}>`}function Qo({id:e,fix:t}){U();let n=Yi(`decisions`,e);if(!n)return D`<${Q} section="decisions"><a href="#/decisions">← Decisions</a><${J} what="the decisions" />
      ${B.meta?.state===`ready`&&D`<p>This decision is not there any more.</p>`}</${Q}>`;let r={...n,...t?.draft?.patch??{}};async function i(e){let r={...e,decidedAt:Go(e.status,n.decidedAt)};if(t){let e=Bn(n,r);await Ci(t,t.id,t.label,Oi,{id:n.id,input:zn(e),expectedVersion:n.version},{...t.draft,patch:e,was:n},{store:`decisions`,op:`patch`,id:n.id,fields:e}),W(`/pending`)}else await Fi(`decisions`,n,r,`Decision edited: ${e.title}`),W(`/decisions`)}return D`<${Q} section=${t?`more`:`decisions`}>
    <a href="#/decisions">← Decisions</a>
    <h1>${t?`Fix: edit a decision`:`Edit a decision`}</h1>
    ${n.pending&&D`<p><${Y} e=${n.pending} /> Your last change is kept on this device until the server has it.</p>`}
    <${Xo} key=${n.id} label="Edit a decision" initial=${r} choices=${Uo} server=${Qa(t)}
      submitLabel=${t?`Send again`:`Save the changes`} onSave=${i} />
  </${Q}>`}function $o({r:e,me:t,admin:n}){async function r(){ba(`Feedback review deleted.`,{label:`Undo`,run:await Ii(`reviews`,e,`feedback review “${e.title}”`)})}return D`<li data-testid="review">
    <strong>${e.title}</strong> <span class="muted">· ${G(e.heldAt)} · hosted by ${$(`people`,e.hostID,`someone`)}</span>
    ${e.pending&&D` <${Y} e=${e.pending} />`}
    <p class="muted">${Z(e.attendeeCount,`attendee`)} · ${Z(e.conversationCount,`conversation`)} reviewed</p>
    ${e.notes&&D`<p class="text">${e.notes}</p>`}
    ${Ri(`reviews`,e,t,n)&&D`<button type="button" class="link" onClick=${r}>Delete</button>`}
  </li>`}function es(t){let[n,r]=T({}),[i,a]=T(0);return E(()=>{e(()=>import(`./review-67jYS7Up.js`).then(e=>r({C:e.RecordReview}),e=>r({error:e instanceof Error?e.message:String(e)})),[])},[i]),n.C?D`<${n.C} ...${t} />`:D`<${Q} section="more"><h1>Record a feedback review</h1>
    ${n.error?D`<${ua} what="the form" error=${n.error} retry=${()=>(r({}),a(i+1))} />`:D`<p class="muted">Loading…</p>`}
  </${Q}>`}function ts({me:e,admin:t}){U();let n=[...H(`reviews`).values()].sort((e,t)=>Date.parse(t.heldAt)-Date.parse(e.heldAt)),[r,i]=Sa(n.length),a=ea($i(),`createFeedbackReview`).filter(e=>e.status===`attention`);return D`<${Q} section="more">
    <h1>Feedback reviews</h1>
    <a class="button big" href="#/reviews/new">Record a feedback review</a>
    ${a.length>0&&D`<ul class="list" aria-label="Not saved">${a.map(e=>D`<li class="pending">${e.label} <${Y} e=${e} />
      ${e.error&&D`<p class="error">${e.error}</p>`}<a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    <${J} what="the feedback reviews" />
    <p class="muted">${Z(n.length,`feedback review`)}.</p>
    <ul class="list">${n.slice(0,r).map(n=>D`<${$o} key=${n.id} r=${n} me=${e} admin=${t} />`)}</ul>
    ${i()}
  </${Q}>`}var ns=[[`createConversation`,(e,t)=>D`<${ao} me=${e} fix=${t} />`],[`createFollowUp`,(e,t)=>D`<${oo} me=${e} fix=${t} />`],[`createCustomer`,(e,t)=>D`<${so} fix=${t} />`],[`createDecision`,(e,t)=>D`<${Zo} me=${e} fix=${t} />`],[`updateDecision`,(e,t)=>D`<${Qo} id=${String(t.variables.id)} fix=${t} />`],[`updateConversation`,(e,t)=>D`<${yo} id=${String(t.variables.id)} fix=${t} />`],[`createNomination`,(e,t)=>D`<${jo} me=${e} fix=${t} />`],[`createEndorsement`,(e,t)=>D`<${Mo} me=${e} fix=${t} />`],[`createCommitment`,(e,t)=>D`<${Ho} me=${e} fix=${t} />`],[`createFeedbackReview`,(e,t)=>D`<${es} me=${e} fix=${t} />`],[`updateCommitment`,(e,t)=>D`<${Ho} me=${e} fix=${t} />`]],rs={title:`Title`,context:`Context`,customerBenefit:`What's in it for the customer`,clvImpact:`CLV impact`,status:`Status`,decidedAt:`Decided on`,target:`Target`,period:`Per`,mode:`How`,occurredAt:`When`,durationMinutes:`Minutes`,heard:`What we heard`,painPoints:`Pain points`,sentiment:`How they felt`};function is(e,t){return t==null||t===``?`(empty)`:e===`decidedAt`||e.endsWith(`At`)||e===`dueOn`?G(String(t)):e===`status`||e===`period`||e===`behaviour`||e===`mode`||e===`sentiment`?e===`behaviour`?Po[t]??String(t):q(String(t)):String(t)}function as({e}){let t=e.current,n=e.draft?.patch??(e.effect?.op===`patch`?e.effect.fields:{}),r=e.draft?.was??{},i=Fn(n,r,t),[a,o]=T(()=>Ln(i)),s=In(n,r,t,Object.keys(rs));async function c(){let n=Rn(i,a),r=await oi;if(Object.keys(n).length===0)await r.discard(e.id),ba(`Nothing to send: the server already has what you chose.`);else{let i=e.effect?.op===`patch`?{...e.effect,fields:n}:e.effect;await r.retry(e.id,{...e.variables,input:zn(n),expectedVersion:t.version},{draft:{...e.draft,patch:n,was:t},effect:i}),pi()}W(`/pending`)}let l=(e,t)=>o({...a,[e.name]:t});return D`<${Q} section="more">
    <a href="#/pending">← Waiting to sync</a>
    <h1>Resolve: ${e.label}</h1>
    <p>This changed on another device after you edited it. For each field, keep yours or take the one on the server now; nothing is sent until you choose.</p>
    <form class="conflict" aria-label="Resolve the conflict" onSubmit=${e=>(e.preventDefault(),c())}>
      ${i.map(e=>D`<fieldset class="conflict-field" data-field=${e.name}>
        <legend>${rs[e.name]??e.name}</legend>
        ${e.agreed?D`<p class="muted">The same on both: ${is(e.name,e.mine)}</p>`:D`
          <label class="check"><input type="radio" name=${`keep-`+e.name} value="mine" checked=${a[e.name]===`mine`} onChange=${()=>l(e,`mine`)} />
            <span><strong>Yours:</strong> ${is(e.name,e.mine)}</span></label>
          <label class="check"><input type="radio" name=${`keep-`+e.name} value="theirs" checked=${a[e.name]===`theirs`} onChange=${()=>l(e,`theirs`)} />
            <span><strong>On the server now:</strong> ${is(e.name,e.theirs)}</span></label>
          <p class="muted hint">When you edited it: ${is(e.name,e.was)}</p>`}
      </fieldset>`)}
      ${s.length>0&&D`<p class="muted">Also changed on the server, and kept: ${s.map(e=>`${rs[e]??e} (${is(e,t[e])})`).join(`, `)}.</p>`}
      <div class="actions">
        <button type="button" class="secondary" onClick=${()=>o(Object.fromEntries(i.map(e=>[e.name,`mine`])))}>Keep all mine</button>
        <button type="button" class="secondary" onClick=${()=>o(Object.fromEntries(i.map(e=>[e.name,`theirs`])))}>Take all the server's</button>
      </div>
      <button type="submit" class="big">Send the result</button>
    </form>
  </${Q}>`}var os=e=>ns.some(([t])=>ea([e],t).length>0);function ss({id:e,me:t}){let[n,r]=T();if(E(()=>{oi.then(e=>e.list()).then(t=>r(t.find(t=>t.id===e)??null))},[e]),n?.current&&n.status===`attention`)return D`<${as} e=${n} />`;let i=n&&ns.find(([e])=>ea([n],e).length>0);return n&&i?i[1](t,n):D`<${Q} section="more"><h1>Fix</h1>
    ${n===void 0?D`<p class="muted">Loading…</p>`:D`<p>${n?`This change cannot be edited: send it again or discard it.`:`This change is not waiting any more.`}</p><a href="#/pending">Waiting to sync</a>`}
  </${Q}>`}function cs(){let e=$i(),t=async e=>(await(await oi).retry(e.id),void pi()),n=async e=>confirm(`Discard “${e.label}”? It will not be saved.`)&&await(await oi).discard(e.id);return D`<${Q} section="more">
    <h1>Waiting to sync</h1>
    ${e.length===0?D`<p data-testid="all-synced">Everything you did is on the server.</p>`:D`<p class="muted">Kept on this device and sent, oldest first, as soon as Walker reaches the server.</p>`}
    <button type="button" class="secondary" onClick=${()=>xi()}>Sync now</button>
    <ul class="list">
      ${e.map(e=>D`<li data-testid="pending-item">
        <strong>${e.label}</strong> <${Y} e=${e} />
        <br /><span class="muted">${K(e.createdAt)}${e.attempts?` · ${Z(e.attempts,`attempt`)}`:``}</span>
        ${e.current&&e.status===`attention`?D`<p class="error" data-testid="conflict">Changed on another device since you edited it: choose what to keep.</p>`:e.error&&D`<p class="error">${e.error}</p>`}
        ${e.status===`attention`&&D`<div class="actions">
          ${e.current?D`<a class="button" href=${`#/pending/`+encodeURIComponent(e.id)}>Resolve</a>`:os(e)&&D`<a class="button secondary" href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a>`}
          ${!e.current&&D`<button type="button" class="secondary" onClick=${()=>t(e)}>Send again</button>`}
          <button type="button" class="link" onClick=${()=>n(e)}>Discard</button>
        </div>`}
      </li>`)}
    </ul>
  </${Q}>`}function ls({admin:e}){return D`<${Q} section="more">
    <h1>More</h1>
    <ul class="menu">
      <li><a href="#/wins">Wins</a></li>
      <li><a href="#/commitments">My commitments</a></li>
      <li><a href="#/reviews">Feedback reviews</a></li>
      ${e&&D`<li><a href="#/team">Team dashboard</a></li>`}
      ${e&&D`<li><a href="#/team/review">Monthly feedback review</a></li>`}
      <li><a href="#/pending">Waiting to sync</a></li>
      <li><a href="#/settings">Settings${e?`: passkeys, people, invitations, API tokens`:`: passkeys, sign out`}</a></li>
    </ul>
    <${Aa} />
  </${Q}>`}var us=R(`query Reminders { reminders { publicKey maxDevices devices { id endpoint weekday hour timeZone lastSentAt } } }`),ds=R(`mutation SubscribeToReminders($input: SubscribeToRemindersInput!) { subscribeToReminders(input: $input) { id } }`),fs=R(`mutation UnsubscribeFromReminders($endpoint: String!) { unsubscribeFromReminders(endpoint: $endpoint) }`),ps=[`MONDAY`,`TUESDAY`,`WEDNESDAY`,`THURSDAY`,`FRIDAY`,`SATURDAY`,`SUNDAY`],ms=e=>e?e.charAt(0)+e.slice(1).toLowerCase()+`s`:`Every day`,hs=e=>`${String(e).padStart(2,`0`)}:00`;function gs(){return(/iphone|ipad|ipod/i.test(navigator.userAgent)||navigator.platform===`MacIntel`&&navigator.maxTouchPoints>1)&&!ka()?`ios`:`serviceWorker`in navigator&&`PushManager`in window&&`Notification`in window?`ok`:`none`}function _s(e){let t=e.replace(/-/g,`+`).replace(/_/g,`/`)+`=`.repeat((4-e.length%4)%4),n=atob(t),r=new Uint8Array(new ArrayBuffer(n.length));for(let e=0;e<n.length;e++)r[e]=n.charCodeAt(e);return r}async function vs(){return(await navigator.serviceWorker.ready).pushManager}function ys(){let e=gs(),t=Qi(us,{}),[n,r]=T(void 0),[i,a]=T(``),[o,s]=T(9),[c,l]=T(``),[u,d]=T(!1);E(()=>{e===`ok`&&vs().then(e=>e.getSubscription()).then(r,()=>r(null))},[]);let f=t.data?.reminders,p=f&&n?f.devices.find(e=>e.endpoint===n.endpoint):void 0;if(E(()=>{p&&(a(p.weekday??``),s(p.hour))},[p?.id]),e===`ios`)return D`<section class="card" aria-label="Reminders" data-testid="reminders">
      <h2>Reminders</h2>
      <p data-testid="reminders-ios">On iPhone and iPad, reminders need Walker added to the Home Screen: in Safari, tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>, and open Walker from there.</p></section>`;if(e===`none`)return D`<section class="card" aria-label="Reminders" data-testid="reminders">
      <h2>Reminders</h2><p data-testid="reminders-unsupported">This browser cannot get reminders (it has no Web Push).</p></section>`;let m=Intl.DateTimeFormat().resolvedOptions().timeZone;async function h(e){d(!0),l(``);try{l(await e()),t.reload()}catch(e){l(e instanceof Error?e.message:String(e))}finally{d(!1)}}let g=e=>{let t=e.toJSON().keys??{};return F(ds,{input:{endpoint:e.endpoint,p256dh:t.p256dh??``,auth:t.auth??``,weekday:i||null,hour:o,timeZone:m}})},ee=()=>h(async()=>{if(await Notification.requestPermission()!==`granted`)return`Notifications are blocked for Walker: allow them in the browser's settings for this site, then try again.`;let e=await vs(),t=await e.getSubscription()??await e.subscribe({userVisibleOnly:!0,applicationServerKey:_s(f.publicKey)});try{await g(t)}catch(n){if(!(n instanceof Dt&&n.code===`CONFLICT`&&n.message.includes(`another person`)))throw n;await t.unsubscribe(),t=await e.subscribe({userVisibleOnly:!0,applicationServerKey:_s(f.publicKey)}),await g(t)}return r(t),`Reminders on: ${ms(i||null).toLowerCase()} at ${hs(o)}.`}),_=()=>h(async()=>(await g(n),`Reminders now come ${ms(i||null).toLowerCase()} at ${hs(o)}.`)),v=()=>h(async()=>(await F(fs,{endpoint:n.endpoint}),await n.unsubscribe(),r(null),`Reminders off for this device.`)),y=f?f.devices.length-+!!p:0;return D`<section class="card" aria-label="Reminders" data-testid="reminders">
    <h2>Reminders</h2>
    <p>Walker can remind you on this device when a commitment falls behind, when follow-ups are due tomorrow${` `}and, for admins, when nominations wait for approval.</p>
    <${fa} r=${t} what="your reminders" />
    ${f&&D`
      <p data-testid="reminders-state">${p?`On for this device: ${ms(p.weekday).toLowerCase()} at ${hs(p.hour)} (${p.timeZone}).`:`Off for this device.`}${y>0?` ${y} other ${y===1?`device gets`:`devices get`} them.`:``}</p>
      <label>Day <select value=${i} onChange=${e=>a(e.target.value)}>
        <option value="">Every day</option>
        ${ps.map(e=>D`<option value=${e}>${ms(e).slice(0,-1)}</option>`)}
      </select></label>
      <label>Hour <select value=${String(o)} onChange=${e=>s(Number(e.target.value))}>
        ${Array.from({length:24},(e,t)=>D`<option value=${String(t)}>${hs(t)}</option>`)}
      </select></label>
      <p class="muted">In your time zone, ${m}.</p>
      <div class="actions">
        ${p?D`<button type="button" disabled=${u} onClick=${_}>Save</button>
            <button type="button" class="secondary" disabled=${u} onClick=${v}>Turn off for this device</button>`:D`<button type="button" disabled=${u||n===void 0} onClick=${ee}>Turn on for this device</button>`}
      </div>`}
    ${c&&D`<p role="status">${c}</p>`}
  </section>`}var bs=R(`
  query WebhookEndpoints($after: Cursor) {
    webhookEndpoints(first: 20, after: $after, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id url description changeTypes enabled disabledReason
        delivery { attempts failingSince nextAttemptAt }
        deliveries(last: 5) { edges { node { id eventType kind status responseStatus error createdAt } } } } }
    }
  }
`),xs=R(`query WebhookEventTypes { webhookEventTypes { name description } }`),Ss=R(`mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`),Cs=R(`mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { id } }`),ws=R(`mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }`),Ts=R(`mutation RotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`),Es=R(`mutation SendTestWebhook($id: ID!) { sendTestWebhook(endpointID: $id) { id } }`),Ds=R(`mutation RedeliverWebhook($id: ID!) { redeliverWebhook(deliveryID: $id) { id } }`);function Os(e){return e.enabled?e.delivery.failingSince?`Failing since ${K(e.delivery.failingSince)} (${X(e.delivery.attempts)} attempts)`+(e.delivery.nextAttemptAt?`; next try ${K(e.delivery.nextAttemptAt)}.`:`.`):`Active: every change is delivered.`:e.disabledReason?`Disabled by Walker: ${e.disabledReason}.`:`Paused.`}function ks(){let e=Ca(bs,{},e=>e.webhookEndpoints),t=Qi(xs,{}),[n,r]=Us(e.reload),[i,a]=T(``),o=Ws(e=>L(`WebhookEndpoint`,{url:String(e.get(`url`)??``),description:String(e.get(`description`)??``)}),async e=>{let t=e.getAll(`changeTypes`).map(String),n=I(String(e.get(`description`)??``)),r=await F(Ss,{input:{url:I(String(e.get(`url`))),description:n||void 0,changeTypes:t}});return a(r.createWebhookEndpoint.secret),`Endpoint added: it receives the changes made from now on.`},e.reload),s=o.form,c=(t.data?.webhookEventTypes??[]).filter(e=>e.name.endsWith(`.*`));return D`<form class="card" aria-label="Webhooks" onSubmit=${o.submit} onInput=${s.onInput} ref=${s.ref} novalidate>
    <h2>Webhooks</h2>
    <p class="muted">Walker sends every change, signed (Standard Webhooks), to these addresses, in order, retrying until it is delivered.</p>
    <label>URL <input type="url" required placeholder="https://…" autocomplete="off" ...${s.field(`url`)} />${s.error(`url`)}</label>
    <label>Description <input placeholder="e.g. CRM sync" ...${s.field(`description`)} />${s.error(`description`)}</label>
    <fieldset data-testid="webhook-types">
      <legend>What it receives (none chosen: every change)</legend>
      ${t.data?c.map(e=>D`<label class="check"><input type="checkbox" value=${e.name} ...${s.field(`changeTypes`)} />
        <span><code>${e.name}</code> <span class="hint muted">${e.description}</span></span></label>`):D`<${fa} r=${t} what="the event types" />`}
      ${s.error(`changeTypes`)}
    </fieldset>
    ${s.others()}
    <button type="submit">Add endpoint</button>
    ${o.msg&&D`<p role="status">${o.msg}</p>`}
    ${i&&D`<div class="secret" role="status"><strong>Signing secret (shown only now: copy it)</strong><code data-testid="webhook-secret">${i}</code>
      <button type="button" class="secondary" onClick=${()=>navigator.clipboard?.writeText(i)}>Copy</button></div>`}
    <${wa} p=${e} what="the webhook endpoints" count=${(e,t)=>`${Z(t,`endpoint`)}${t>e?`, ${X(e)} shown`:``}.`} />
    <ul class="list">${e.items.map(e=>D`<li data-testid="webhook">
      <strong>${e.url}</strong>${e.description&&D` <span class="muted">${e.description}</span>`}
      <p data-testid="webhook-state" class=${e.enabled&&!e.delivery.failingSince?`muted`:`field-error`}>${Os(e)}</p>
      <p class="muted">${e.changeTypes?.length?e.changeTypes.join(`, `):`Every change`}</p>
      <ul class="list">${(e.deliveries.edges??[]).flatMap(e=>e?.node?[e.node]:[]).map(e=>D`<li data-testid="webhook-delivery">${e.eventType}
        <span class="muted">${e.status===`SUCCEEDED`?`delivered`:e.status===`PENDING`?`waiting`:`failed`}${e.responseStatus?` (${e.responseStatus})`:``}${e.error?`: ${e.error}`:``} · ${K(e.createdAt)}</span>
        ${e.status!==`PENDING`&&D`<button type="button" class="link" onClick=${()=>r(()=>F(Ds,{id:e.id}),`Sent again.`)}>Send again</button>`}</li>`)}</ul>
      <button type="button" class="link" onClick=${()=>r(()=>F(Es,{id:e.id}),`Test event sent.`)}>Send a test event</button>
      <button type="button" class="link" onClick=${()=>r(()=>F(Cs,{id:e.id,input:{enabled:!e.enabled}}),e.enabled?`Paused.`:`Resumed: it goes on from where it stopped.`)}>${e.enabled?`Pause`:e.disabledReason?`Enable again`:`Resume`}</button>
      <button type="button" class="link" onClick=${()=>r(async()=>a((await F(Ts,{id:e.id})).rotateWebhookSecret.secret),`New secret: the old one signs too for 24 hours.`)}>New secret</button>
      <button type="button" class="link" onClick=${()=>r(()=>F(ws,{id:e.id}),`Endpoint removed.`)}>Remove</button>
    </li>`)}</ul>
    <${Ta} p=${e} />
    ${n&&D`<p role="status">${n}</p>`}
  </form>`}var As=R(`
  query Passkeys($after: Cursor) { viewer { id passkeys(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name createdAt lastUsedAt synced } } } } }
`),js=R(`mutation RenamePasskey($id: ID!, $name: String!) { renamePasskey(id: $id, name: $name) { id } }`),Ms=R(`mutation DeletePasskey($id: ID!) { deletePasskey(id: $id) }`),Ns=R(`
  query Invitations($after: Cursor) {
    invitations(first: 50, after: $after, where: { usedAtIsNil: true, revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id email role expiresAt } }
    }
  }
`),Ps=R(`
  query Tokens($after: Cursor) {
    apiTokens(first: 50, after: $after, where: { revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name prefix scope scopes expiresAt lastUsedAt } }
    }
  }
`),Fs=R(`mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { url } }`),Is=R(`mutation RevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id } }`),Ls=R(`mutation RevokeAccess($id: ID!) { revokeAccess(leaderID: $id) { id } }`),Rs=R(`mutation RenameOrganization($name: String!) { updateOrganization(input: { name: $name }) { id name } }`),zs=R(`query Backups { backups { database everySeconds keep nextAt files { name bytes madeAt } } }`),Bs=R(`query TokenScopes { tokenScopes { name description inRead inReadWrite } }`),Vs=R(`mutation CreateToken($input: CreateAPITokenInput!) { createAPIToken(input: $input) { token } }`),Hs=R(`mutation RevokeToken($id: ID!) { revokeAPIToken(id: $id) { id } }`);function Us(e){let[t,n]=T(``);return[t,async(t,r=`Done.`)=>{try{await t(),n(r),e()}catch(e){n(e instanceof Error?e.message:String(e))}}]}function Ws(e,t,n){let[r,i]=T(``),a=gn(e);return{form:a,submit:a.submit(async e=>{i(``);try{i(await t(e)),n()}catch(e){a.refuse(mn(e))}}),msg:r}}function Gs({p:e,many:t,reload:n}){let[r,i]=Us(n),a=Ws(e=>L(`Passkey`,{name:String(e.get(`name`)??``)}),async t=>(await F(js,{id:e.id,name:I(String(t.get(`name`)))}),`Passkey renamed.`),n),{form:o}=a;return D`<li>
    <form class="inline" onSubmit=${a.submit} onInput=${o.onInput} ref=${o.ref} aria-label=${`Passkey `+e.name} novalidate>
      <label>Name <input defaultValue=${e.name} ...${o.field(`name`)} />${o.error(`name`)}</label>
      <span class="muted">${e.synced?`Synced`:`This device only`} · added ${G(e.createdAt)}${e.lastUsedAt?` · used `+G(e.lastUsedAt):``}</span>
      ${o.others()}
      <div class="actions"><button type="submit" class="secondary">Rename</button>
      ${t&&D`<button type="button" class="link" onClick=${()=>confirm(`Delete this passkey?`)&&i(()=>F(Ms,{id:e.id}),`Passkey deleted.`)}>Delete</button>`}</div>
      ${(a.msg||r)&&D`<p role="status">${a.msg||r}</p>`}
    </form></li>`}function Ks({me:e}){let[t,n]=T(``),[r,i]=Us(()=>void xi());U();let a=Ra(t,1e7),[o,s]=Sa(a.total),c=e=>confirm(`Revoke ${e.name}'s access now?`)&&i(()=>F(Ls,{id:e.id}),`Access revoked: ${e.name}.`);return D`<section class="card" aria-label="People">
    <h2>People</h2>
    <${J} what="the people" />
    <label>Find a person <input type="search" value=${t} onInput=${e=>n(e.target.value)} placeholder="Name, email or team" /></label>
    <p class="muted" data-testid="people-count">${t.trim()?`${X(a.total)} found`:`${X(a.total)} people`}${a.total>o?`, ${X(o)} shown`:``}.</p>
    <ul class="list">${a.items.slice(0,o).map(t=>D`<li data-testid="person">${t.name} <span class="muted">${t.email} · ${q(t.role)}${t.deactivatedAt?` · no access`:``}</span>
      ${!t.deactivatedAt&&t.id!==e&&D` <button type="button" class="link" onClick=${()=>c(t)}>Revoke access</button>`}</li>`)}</ul>
    ${s()}
    ${r&&D`<p role="status">${r}</p>`}
  </section>`}var qs=e=>e.endsWith(`:write`)?e.slice(0,-6)+`:read`:null,Js=(e,t)=>e.size===t.length&&t.every(t=>e.has(t));function Ys({scopes:e,chosen:t,setChosen:n,form:r}){let i=e.filter(e=>e.inRead).map(e=>e.name),a=e.filter(e=>e.inReadWrite).map(e=>e.name),o=(r,i)=>{let a=new Set(t);if(i){a.add(r);let t=qs(r);t&&e.some(e=>e.name===t)&&a.add(t)}else{a.delete(r);for(let t of e)qs(t.name)===r&&a.delete(t.name)}n(a)},s=(e,r)=>D`<button type="button" class="chip" aria-pressed=${Js(t,r)?`true`:`false`} onClick=${()=>n(new Set(r))}>${e}</button>`;return D`<fieldset data-testid="token-scopes">
    <legend>What the token may do</legend>
    <div class="chips" role="group" aria-label="Quick choices">
      ${s(`Read everything`,i)}${s(`Read and write everything`,a)}
      <button type="button" class="chip" onClick=${()=>n(new Set)}>None</button>
    </div>
    <p class="muted found" aria-live="polite">${X(t.size)} of ${X(e.length)} chosen${Js(t,i)?` (Read)`:Js(t,a)?` (Read and write)`:``}.</p>
    ${e.map(e=>D`<label class="check"><input type="checkbox" value=${e.name} checked=${t.has(e.name)}
      onInput=${t=>o(e.name,t.target.checked)} ...${r.field(`scopes`)} />
      <span><code>${e.name}</code> <span class="hint muted">${e.description}</span></span></label>`)}
    ${r.error(`scopes`)}
  </fieldset>`}var Xs=e=>e.scope===`READ`?`Read everything`:e.scope===`READ_WRITE`?`Read and write everything`:(e.scopes??[]).join(`, `)||`nothing`;function Zs({org:e,renamed:t}){let n=Ws(e=>L(`Organization`,{name:String(e.get(`name`)??``)}),async e=>(t((await F(Rs,{name:I(String(e.get(`name`)))})).updateOrganization.name),`Organization renamed.`),()=>{}),{form:r}=n;return D`<form class="card" aria-label="Organization" onSubmit=${n.submit} onInput=${r.onInput} ref=${r.ref} novalidate>
    <h2>Organization</h2>
    <label>Name <input required autocomplete="organization" defaultValue=${e} ...${r.field(`name`)} />${r.error(`name`)}</label>
    ${r.others()}
    <button type="submit">Rename</button>
    ${n.msg&&D`<p role="status">${n.msg}</p>`}
  </form>`}function Qs({me:e}){let t=Ca(Ns,{},e=>e.invitations),n=Ca(Ps,{},e=>e.apiTokens),r=()=>(t.reload(),n.reload()),[i,a]=Us(r),[o,s]=T(null),c=Ws(e=>L(`Invitation`,{email:String(e.get(`email`)??``)}),async e=>{let t=await F(Fs,{input:{email:I(String(e.get(`email`))),role:String(e.get(`role`))}});return s({kind:`Invitation link (send it to them; valid 7 days, once)`,value:t.createInvitation.url}),`Invitation created.`},r),l=Qi(Bs,{}),[u,d]=T(new Set),f=Ws(e=>{let t=L(`APIToken`,{name:String(e.get(`name`)??``)}),n=Number(e.get(`expiresInDays`));return(!Number.isInteger(n)||n<1||n>730)&&(t.expiresInDays=`must be between 1 and 730`),e.getAll(`scopes`).length||(t.scopes=`choose at least one scope`),t},async e=>{let t=e.getAll(`scopes`).map(String),n=await F(Vs,{input:{name:I(String(e.get(`name`))),scopes:t,expiresInDays:Number(e.get(`expiresInDays`))}});return s({kind:`API token (shown only now: copy it)`,value:n.createAPIToken.token}),d(new Set),`Token created.`},r),p=c.form,m=f.form;return D`<${Ks} me=${e} />
    <form class="card" aria-label="Invite a person" onSubmit=${c.submit} onInput=${p.onInput} ref=${p.ref} novalidate>
      <h2>Invite a person</h2>
      <label>Email <input type="email" required autocomplete="off" ...${p.field(`email`)} />${p.error(`email`)}</label>
      <label>Role <select name="role"><option value="LEADER">Leader</option><option value="MEMBER">Member</option><option value="ADMIN">Admin</option></select></label>
      ${p.others()}
      <button type="submit">Create invitation link</button>
      ${c.msg&&D`<p role="status">${c.msg}</p>`}
      <${wa} p=${t} what="the invitations" count=${(e,t)=>`${Z(t,`open invitation`)}${t>e?`, ${X(e)} shown`:``}.`} />
      <ul class="list">${t.items.map(e=>D`<li>${e.email??`setup link`} <span class="muted">${q(e.role)} · until ${G(e.expiresAt)}</span>
        <button type="button" class="link" onClick=${()=>a(()=>F(Is,{id:e.id}),`Invitation revoked.`)}>Revoke</button></li>`)}</ul>
      <${Ta} p=${t} />
    </form>
    <form class="card" aria-label="Integrator API tokens" onSubmit=${f.submit} onInput=${m.onInput} ref=${m.ref} novalidate>
      <h2>Integrator API tokens</h2>
      <label>Name <input required placeholder="e.g. BI export" ...${m.field(`name`)} />${m.error(`name`)}</label>
      <label>Days valid <input type="number" min="1" max="730" defaultValue="90" ...${m.field(`expiresInDays`)} />${m.error(`expiresInDays`)}</label>
      ${l.data?D`<${Ys} scopes=${l.data.tokenScopes} chosen=${u} setChosen=${d} form=${m} />`:D`<${fa} r=${l} what="the scopes a token can have" />`}
      ${m.others()}
      <button type="submit">Create token</button>
      ${f.msg&&D`<p role="status">${f.msg}</p>`}
      <${wa} p=${n} what="the API tokens" count=${(e,t)=>`${Z(t,`token`)}${t>e?`, ${X(e)} shown`:``}.`} />
      <ul class="list">${n.items.map(e=>D`<li data-testid="token">${e.name} <span class="muted">${e.prefix}…${e.expiresAt?` · until `+G(e.expiresAt):``}${e.lastUsedAt?` · used `+G(e.lastUsedAt):``}</span>
        <span class="scopes" data-testid="token-scopes-shown"><span class="sr-only">May: </span>${Xs(e)}</span>
        <button type="button" class="link" onClick=${()=>a(()=>F(Hs,{id:e.id}),`Token revoked.`)}>Revoke</button></li>`)}</ul>
      <${Ta} p=${n} />
    </form>
    ${o&&D`<div class="card secret" role="status"><strong>${o.kind}</strong><code data-testid="secret">${o.value}</code>
      <button type="button" class="secondary" onClick=${()=>navigator.clipboard?.writeText(o.value)}>Copy</button></div>`}
    ${i&&D`<p role="status">${i}</p>`}`}var $s=e=>e===void 0?`?`:(e/1e6).toFixed(1)+` MB`;function ec(e,t=Date.now()){let n=Math.max(0,Math.round((t-new Date(e).getTime())/1e3)),r=(e,t)=>`${e} ${t}${e===1?``:`s`} ago`;return n<90?r(n,`second`):n<5400?r(Math.round(n/60),`minute`):n<129600?r(Math.round(n/3600),`hour`):r(Math.round(n/86400),`day`)}var tc=e=>e%86400==0?Z(e/86400,`day`):e%3600==0?Z(e/3600,`hour`):Z(Math.round(e/60),`minute`);function nc(){let e=Qi(zs,{}),t=e.data?.backups;return D`<section class="card" aria-label="Backups" data-testid="backups">
    <h2>Backups</h2>
    <${fa} r=${e} what="the backups" />
    ${t&&t.database===`POSTGRESQL`&&D`<p>Walker runs on PostgreSQL: its backups are pg_dump's job (see the operations guide).</p>`}
    ${t&&t.database===`SQLITE`&&D`<p data-testid="backup-schedule">${t.everySeconds?`A backup is made every ${tc(t.everySeconds)}; the newest ${t.keep} are kept.${t.nextAt?` Next: ${K(t.nextAt)}.`:``}`:`No backups are scheduled (WALKER_BACKUP_EVERY). walker backup makes one at any time.`}</p>
      ${t.files.length===0?D`<p class="muted">No backups yet.</p>`:D`<ul class="list">${t.files.map(e=>D`<li data-testid="backup">${e.name} <span class="muted">${$s(e.bytes)} · ${ec(e.madeAt)}</span></li>`)}</ul>`}`}
  </section>`}function rc(){U();let[e,t]=T(null),[n,r]=T(0);E(()=>{(async()=>{let e=await navigator.storage?.estimate?.().catch(()=>void 0);t({usage:e?.usage,quota:e?.quota,persisted:await navigator.storage?.persisted?.().catch(()=>!1)??!1})})()},[B.rev,n]);let i=B.meta,a=B.counts(),o=[[`customers`,a.customers],[`people`,a.people],[`conversations`,a.conversations],[`follow-ups`,a.followUps],[`decisions`,a.decisions],[`nominations`,a.nominations],[`endorsements`,a.endorsements],[`feedback reviews`,a.reviews],[`commitments`,a.commitments]];return D`<section class="card" aria-label="This device" data-testid="storage">
    <h2>This device</h2>
    <p data-testid="storage-use">Walker keeps ${$s(e?.usage)} on this device${e?.quota?` (the browser allows ${$s(e.quota)})`:``}.
      ${e&&(e.persisted?` The browser keeps it for good.`:` The browser may clear it when space runs out; Walker then gets it again.`)}</p>
    ${!e?.persisted&&D`<button type="button" class="secondary" onClick=${async()=>(await wi(),r(n+1))}>Keep Walker's data on this device</button>`}
    ${Xi()&&i&&D`<p class="muted" data-testid="replica-counts">${o.map(([e,t])=>`${X(t)} ${e}`).join(`, `)}.</p>
      <p class="muted">Filled in ${(i.fillMs/1e3).toFixed(1)} s on ${K(i.filledAt)}; up to date as of ${K(i.syncedAt)}${i.pulled.changes?` (${X(i.pulled.changes)} changes in ${i.pulled.ms} ms)`:``}.</p>`}
  </section>`}function ic({me:e,admin:t,email:n,org:r,signOut:i,renamed:a}){let o=Ca(As,{},e=>e.viewer.passkeys),[s,c]=Us(o.reload);return D`<${Q} section="more">
    <h1>Settings</h1>
    <p data-testid="account">Signed in to <strong>${r}</strong> as ${n}.</p>
    <section class="card" aria-label="My passkeys">
      <h2>My passkeys</h2>
      <${wa} p=${o} what="your passkeys" count=${(e,t)=>`${Z(t,`passkey`)}${t>e?`, ${X(e)} shown`:``}.`} />
      <ul class="list">${o.items.map(e=>D`<${Gs} key=${e.id} p=${e} many=${o.total>1} reload=${o.reload} />`)}</ul>
      <${Ta} p=${o} />
      <button type="button" class="secondary" onClick=${()=>c(()=>Ct({invitation:``,name:``,email:``,passkeyName:`Another device`}),`Passkey added.`)}>Add a passkey</button>
      ${s&&D`<p role="status">${s}</p>`}
    </section>
    <div class="card">
      <button type="button" class="secondary" onClick=${()=>i(!1)}>Sign out</button>
      <button type="button" class="secondary" onClick=${()=>i(!0)}>Sign out everywhere</button>
    </div>
    <${ys} />
    <${rc} />
    ${t&&D`<${Zs} org=${r} renamed=${a} />`}
    ${t&&D`<${Qs} me=${e} />`}
    ${t&&D`<${ks} />`}
    ${t&&D`<${nc} />`}
  </${Q}>`}var ac=R(`
  query Team($p: String!) {
    dashboard(period: $p) {
      leaders walkers notYetWalkers withoutCommitments leadersByPace { pace leaders } customersMet conversations openFollowUps overdueFollowUps champions openNominations
      decisionsByStatus { status count }
      customersMetByMonth { period count }
    }
  }
`),oc=R(`
  query TeamLeaders($p: String!, $where: LeaderWhereInput, $after: Cursor) {
    leaders(first: 50, after: $after, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name month(period: $p) { customersMet conversations walker commitments { met } } } }
    }
  }
`),sc=R(`
  query MonthConversations($from: Time!, $to: Time!, $after: Cursor) {
    conversations(first: 100, after: $after, where: { occurredAtGTE: $from, occurredAtLT: $to }, orderBy: [{ field: OCCURRED_AT, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ConversationRow } }
    }
  }
`,[Wn]),cc=R(`
  query OpenFollowUps($after: Cursor) {
    followUps(first: 100, after: $after, where: { doneAtIsNil: true }, orderBy: [{ field: DUE_ON, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id action dueOn owner { name } conversation { customers(first: 3) { edges { node { name } } } } } }
    }
  }
`);function lc({p:e}){let[t,n]=T(``),r=Ca(oc,{p:e,where:{deactivatedAtIsNil:!0,...t.trim()?{nameContainsFold:t.trim()}:{}}},e=>e.leaders);return D`<section class="card" aria-label="Per leader"><h2>Per leader</h2>
    <label>Find a leader <input type="search" value=${t} onInput=${e=>n(e.target.value)} placeholder="Name" /></label>
    <${wa} p=${r} what="the leaders" count=${(e,t)=>`${X(e)} of ${X(t)} leaders shown.`} />
    <table class="grid"><thead><tr><th scope="col">Leader</th><th scope="col">Customers</th><th scope="col">Commitments</th></tr></thead>
      <tbody>${r.items.map(e=>{let t=e.month.commitments.filter(e=>e.met).length;return D`<tr><td>${e.name}</td><td>${e.month.customersMet}</td><td>${e.month.commitments.length===0?`none`:`${t} of ${e.month.commitments.length}${e.month.walker?` · walker`:``}`}</td></tr>`})}</tbody></table>
    <${Ta} p=${r} label="Show more leaders" />
  </section>`}function uc(){let[e,t]=T(la()),n=Qi(ac,{p:e}),r=n.data?.dashboard;return D`<${Q} section="more">
    <h1>Team</h1>
    <label>Month <input type="month" value=${e} onInput=${e=>e.target.value&&t(e.target.value)} /></label>
    <${fa} r=${n} what=${`the team dashboard`} />
    ${r&&D`
      <section class="card" aria-label="Walkers">
        <ul class="stats">
          <li data-testid="walkers"><strong>${r.walkers}</strong> walkers</li>
          <li><strong>${r.notYetWalkers}</strong> not yet</li>
          <li><strong>${r.withoutCommitments}</strong> without commitments</li>
          ${r.leadersByPace.length>0&&D`<li data-testid="team-pace">${r.leadersByPace.map((e,t)=>D`${t>0?`, `:``}<strong>${e.leaders}</strong> ${ia[e.pace]}`)}</li>`}
          <li data-testid="team-customers"><strong>${r.customersMet}</strong> customers met in ${r.conversations} conversations</li>
          <li><strong>${r.openFollowUps}</strong> open follow-ups, <strong>${r.overdueFollowUps}</strong> overdue</li>
          <li data-testid="team-champions"><strong>${X(r.champions)}</strong> ${r.champions===1?`champion`:`champions`}, ${Z(r.openNominations,`open nomination`)}</li>
        </ul>
      </section>
      <section class="card"><h2>Customers met, 12 months</h2><${Ea} series=${r.customersMetByMonth} label="Customers met per month, the last 12 months" /></section>
      <section class="card"><h2>Decisions this month</h2>
        <ul class="stats">${r.decisionsByStatus.map(e=>D`<li><strong>${e.count}</strong> ${q(e.status).toLowerCase()}</li>`)}</ul>
      </section>
      <${lc} p=${e} />
      <a class="button big" href=${`#/team/review?p=`+e}>Monthly feedback review</a>`}
  </${Q}>`}function dc(e){U();let t=new Date(e+`-01T00:00:00Z`),n=new Date(Date.UTC(t.getUTCFullYear(),t.getUTCMonth()+1,1)),r=Xi()&&t.getTime()>=Date.parse(ur(Date.now()).everyone),[i,a]=T({convs:[],total:0,asOf:null,error:``}),[o,s]=T(0);E(()=>{if(r)return;let e=!0;return(async()=>{let r=[],i=null;for(;;){let o=await fn(sc,{from:t.toISOString(),to:n.toISOString(),after:i});if(o.data.conversations.edges?.forEach(e=>e?.node&&r.push(ir(`conversations`,e.node))),!e)return;if(a({convs:[...r],total:o.data.conversations.totalCount,asOf:o.asOf,error:``}),!o.data.conversations.pageInfo.hasNextPage)break;i=o.data.conversations.pageInfo.endCursor??null}})().catch(t=>e&&a({convs:[],total:0,asOf:null,error:String(t.message??t)})),()=>{e=!1}},[e,o,r]);let c=()=>(a({convs:[],total:0,asOf:null,error:``}),s(e=>e+1));if(!r)return{...i,retry:c,local:r};let l=[...H(`conversations`).values()].filter(e=>Date.parse(e.occurredAt)>=t.getTime()&&Date.parse(e.occurredAt)<n.getTime()).sort((e,t)=>Date.parse(e.occurredAt)-Date.parse(t.occurredAt));return{convs:l,total:l.length,asOf:null,error:``,retry:c,local:r}}function fc({p:e,org:t}){let n=dc(e),r=Ca(cc,{},e=>e.followUps),i=e=>{let t=new Map;for(let r of n.convs)for(let n of e(r))t.set(n,[...t.get(n)??[],r]);return[...t.entries()].sort((e,t)=>t[1].length-e[1].length||ja(e[0]).localeCompare(ja(t[0])))},a=i(e=>e.customerIDs.map(e=>$(`customers`,e,`A customer`))),o=i(e=>[...new Set(e.customerIDs.map(e=>H(`customers`).get(e)?.segment||`No segment`))]),s=e=>D`<li><span class="muted">${G(e.occurredAt)} · ${q(e.mode)} · ${$(`people`,e.leaderID,`someone`)}${e.sentiment?` · `+q(e.sentiment):``}</span>
    ${e.heard&&D`<p class="text">“${e.heard}”</p>`}${e.painPoints&&D`<p class="text"><em>Pain points:</em> ${e.painPoints}</p>`}</li>`;return D`<${Q} section="more">
    <div class="noprint"><a href="#/team">← Team</a></div>
    <h1>Feedback review, ${sa(e)}</h1>
    <p data-testid="review-heading">${t} · ${sa(e)} · printed ${G(new Date().toISOString())}</p>
    ${n.local&&D`<${J} what="the month's conversations" />`}
    ${n.error&&D`<${ua} what="the month's conversations" error=${n.error} retry=${n.retry} />`}
    ${n.asOf&&D`<p class="asof">Offline: as of ${K(n.asOf)}</p>`}
    <p class="muted" data-testid="review-count">${X(n.convs.length)} of ${Z(n.total,`conversation`)} in the month.</p>
    <button type="button" class="secondary noprint" onClick=${()=>print()}>Print</button>
    <h2>By customer</h2>
    ${a.map(([e,t])=>D`<section class="review"><h3>${e} <span class="muted">(${t.length})</span></h3><ul class="said">${t.map(s)}</ul></section>`)}
    <h2>By segment</h2>
    ${o.map(([e,t])=>D`<section class="review"><h3>${e} <span class="muted">(${t.length})</span></h3>
      <p>${t.filter(e=>e.painPoints).length} with pain points; sentiment: ${[`VERY_POSITIVE`,`POSITIVE`,`NEUTRAL`,`NEGATIVE`,`VERY_NEGATIVE`].map(e=>`${q(e).toLowerCase()} ${t.filter(t=>t.sentiment===e).length}`).join(`, `)}</p></section>`)}
    <h2>Open follow-ups</h2>
    <${wa} p=${r} what="the open follow-ups" count=${(e,t)=>`${X(t)} open, ${X(e)} shown.`} />
    <ul class="list">
      ${r.items.map(e=>D`<li>${e.action} <span class="muted">· ${e.owner.name}${e.dueOn?` · due `+G(e.dueOn):``}${e.conversation?` · `+e.conversation.customers.edges?.map(e=>e?.node?.name).join(`, `):``}</span></li>`)}
    </ul>
    <${Ta} p=${r} label="Show more open follow-ups" />
  </${Q}>`}var pc=R(`
  query Wins($after: String) {
    wins(first: 20, after: $after) {
      wins {
        kind at person { id name }
        followUp { id action } decision { id title customerBenefit clvImpact } nomination { id story }
        conversation { id customers(first: 3) { edges { node { id name } } } }
      }
      endCursor hasNextPage
    }
  }
`),mc=(e,t,n,r)=>{let i=new URLSearchParams({nomineeID:e,story:`${t}${n?` (with ${n})`:``}: a win for our customers.`});return r&&i.set(`conversationID`,r),`#/champions/nominate?`+i.toString()},hc={FOLLOW_UP:`Quick win`,DECISION:`Decision`,CHAMPION:`New champion`};function gc({person:e,me:t,nominate:n}){if(U(),e.id===t)return null;let r=To().filter(t=>t.nomineeID===e.id);if(r.length===0)return D`<a href=${n}>Nominate ${e.name}</a>`;let i=r.find(e=>Eo(e,t));if(i)return D`<button type="button" class="secondary" onClick=${()=>Do(i,t,null)}>Endorse ${e.name}</button>`;let a=r.flatMap(e=>wo(e)).find(e=>e.endorserID===t);return a?D`<p class="muted" data-testid="endorsed">You endorsed ${e.name}'s nomination.${a.pending&&D` <${Y} e=${a.pending} />`}</p>`:D`<p class="muted">${e.name} is nominated${r.some(e=>e.nominatorID===t)?` by you`:``}: <a href="#/champions">see the open nominations</a>.</p>`}function _c({me:e}){let[t,n]=T([]);return D`<${Q} section="more">
    <h1>Wins</h1>
    <p class="muted">Quick wins, decisions with a customer-lifetime-value impact, and new champions: newest first.</p>
    <${vc} me=${e} after=${null} more=${e=>n([e])} last=${t.length===0} />
    ${t.map((r,i)=>D`<${vc} key=${r} me=${e} after=${r} more=${e=>n([...t.slice(0,i+1),e])} last=${i===t.length-1} />`)}
  </${Q}>`}function vc({me:e,after:t,more:n,last:r}){let i=Qi(pc,{after:t}),a=i.data?.wins;return D`<${fa} r=${i} what="the wins" />
    ${a&&a.wins.length===0&&t===null&&D`<p>No wins yet: mark a follow-up or a decision as a quick win, and it shows here when done.</p>`}
    ${a&&D`<ul class="list">${a.wins.map(t=>{let n=t.conversation?.customers.edges?.map(e=>e?.node?.name).filter(Boolean).join(`, `),r=t.followUp?.action??t.decision?.title??t.nomination?.story??``;return D`<li data-testid="win"><span class="badge">${hc[t.kind]}</span> <strong>${r}</strong>
        <br /><span class="muted">${t.person.name} · ${G(t.at)}${n?` · with ${n}`:``}${t.decision?.clvImpact==null?``:` · CLV ${t.decision.clvImpact>0?`+`:``}${t.decision.clvImpact}`}</span>
        ${t.decision&&D`<p class="text">${t.decision.customerBenefit}</p>`}
        ${t.kind!==`CHAMPION`&&D`<${gc} person=${t.person} me=${e} nominate=${mc(t.person.id,r,n,t.conversation?.id)} />`}</li>`})}</ul>
    ${r&&a.hasNextPage&&a.endCursor&&D`<button type="button" class="secondary" onClick=${()=>n(a.endCursor)}>Older wins</button>`}`}`}function yc({me:e,org:t,signOut:n,renamed:r}){let[i,a]=Zi(),o=e.role===`ADMIN`,[s,c]=i;switch(E(()=>(scrollTo(0,0),void xi()),[s,c]),s){case`log`:return D`<${ao} me=${e.id} />`;case`conversations`:return c&&i[2]===`edit`?D`<${yo} id=${c} key=${c} />`:c?D`<${_o} id=${c} me=${e.id} admin=${o} />`:D`<${ho} me=${e.id} admin=${o} saved=${a.has(`saved`)} />`;case`decisions`:return c===`new`?D`<${Zo} me=${e.id} />`:c?D`<${Qo} id=${c} key=${c} />`:D`<${qo} me=${e.id} admin=${o} />`;case`champions`:if(c===`nominate`){let t=Object.fromEntries([`nomineeID`,`story`,`conversationID`].flatMap(e=>a.get(e)?[[e,a.get(e)]]:[]));return D`<${jo} me=${e.id} prefill=${t} />`}return D`<${ko} me=${e.id} admin=${o} />`;case`commitments`:return D`<${Vo} me=${e.id} />`;case`reviews`:return c===`new`?D`<${es} me=${e.id} />`:D`<${ts} me=${e.id} admin=${o} />`;case`team`:if(!o)break;return c===`review`?D`<${fc} p=${a.get(`p`)??la()} org=${t} />`:D`<${uc} />`;case`pending`:return c?D`<${ss} id=${c} me=${e.id} key=${c} />`:D`<${cs} />`;case`wins`:return D`<${_c} me=${e.id} />`;case`more`:return D`<${ls} admin=${o} />`;case`settings`:return D`<${ic} me=${e.id} admin=${o} email=${e.email} org=${t} signOut=${n} renamed=${r} />`}return D`<${Io} month=${la()} admin=${o} />`}function bc(){let[e,t]=T(`loading`),[n,r]=T(null),i=location.pathname.match(/^\/invite\/(w[is]_[\w-]+)$/)?.[1];async function a(){let e=await fn(No,{p:la()}),n=e.data.viewer;r({me:n,org:e.data.organization.name}),t(`in`),Ei(()=>({me:n.id,admin:n.role===`ADMIN`,now:Date.now()}))}async function o(e){let n=await oi,r=(await n.list()).length;if(!r||confirm(`${Z(r,`change`)} ${r===1?`is`:`are`} not on the server yet and will be lost. Sign out anyway?`)){try{await Tt(e)}catch{alert(`Signing out needs a connection: try again when online.`);return}await pn(),await Di();for(let e of await n.list())await n.discard(e.id);location.hash=``,t(`out`)}}return E(()=>{St().then(e=>e?a():t(`out`),()=>a().catch(()=>t(`offline`)))},[]),e===`loading`?D`<p class="muted">Loading Walker…</p>`:e===`offline`?D`<h1>Walker</h1><p>You are offline, and this device has nothing from Walker yet. Connect once to sign in.</p>`:e===`in`&&n?D`<${yc} me=${n.me} org=${n.org} signOut=${o} renamed=${e=>r(t=>t&&{...t,org:e})} />`:i?D`<${Dn} token=${i} done=${a} />`:D`<${On} done=${a} />`}ve(D`<${bc} />`,document.getElementById(`app`)),`serviceWorker`in navigator&&navigator.serviceWorker.register(`/sw.js`).catch(()=>{});export{T as A,Xn as C,I as D,L as E,gn as O,Kn as S,Tn as T,U as _,Ya as a,Si as b,Ra as c,J as d,G as f,H as g,ba as h,Qa as i,E as j,D as k,$ as l,X as m,Za as n,Ha as o,W as p,Ja as r,Va as s,fo as t,Q as u,V as v,R as w,z as x,Ci as y};